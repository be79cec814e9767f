import { describe, expect, it } from 'vitest';
import { retainedDeclarations } from './footprint-retained.mjs';

describe('core in a browser bundle', () => {
  it('leaves out every table and derived value an app does not use', async () => {
    // An app that uses one small function keeps that function and nothing else of core, except
    // MILESTONE_RULES: its rows spread IN_FORCE (`...IN_FORCE`), and a bundler must keep an object
    // spread (it could run a getter). Any other name here is a module-level statement that runs
    // when core loads: build it inside the function that needs it, or mark a call that only
    // builds a value `/* @__PURE__ */` (a helper that only builds values `/* @__NO_SIDE_EFFECTS__ */`).
    expect(await retainedDeclarations(['isSafeName'])).toEqual([
      'isSafeName',
      'IN_FORCE',
      'MILESTONE_RULES',
    ]);
  });

  it('keeps the medical word lists only in an app that screens texts', async () => {
    expect(await retainedDeclarations(['findMedicalTerms'])).toEqual(
      expect.arrayContaining(['MEDICAL_TERMS', 'NON_MEDICAL_PHRASES', 'findMedicalTerms']),
    );
    expect(await retainedDeclarations(['computeTimeline'])).not.toContain('MEDICAL_TERMS');
  });
});
