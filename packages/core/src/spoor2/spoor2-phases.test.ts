import { describe, expect, expectTypeOf, it } from 'vitest';
import { SPOOR2_PHASES, type Spoor2PhaseId } from './spoor2-phases.js';

describe('SPOOR2_PHASES', () => {
  it('lists the phases of a trajectory in order, each described in both languages', () => {
    expect(SPOOR2_PHASES.map((p) => p.id)).toEqual([
      'aanmelding',
      'intake',
      'orientatie',
      'activering-en-scholing',
      'bemiddeling-en-sollicitatie',
      'plaatsing',
      'nazorg',
    ]);
    for (const p of SPOOR2_PHASES)
      for (const text of [p.label, p.happens, p.uwvLooksFor])
        expect(text.nl.trim() !== '' && text.en.trim() !== '', p.id).toBe(true);
    expectTypeOf<Spoor2PhaseId>().toEqualTypeOf<
      | 'aanmelding'
      | 'intake'
      | 'orientatie'
      | 'activering-en-scholing'
      | 'bemiddeling-en-sollicitatie'
      | 'plaatsing'
      | 'nazorg'
    >();
  });
});
