import { describe, expect, it } from 'vitest';
import { PoortwachterInputError } from '../input/poortwachter-input-error.js';
import { wiaOutcome } from './wia-outcome.js';

const issueOf = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    if (e instanceof PoortwachterInputError) return e.issues;
    throw e;
  }
  throw new Error('did not throw');
};

describe('wiaOutcome', () => {
  it('classifies by loss of earning capacity and durability', () => {
    expect(wiaOutcome(0, true)).toBe('35-minner');
    expect(wiaOutcome(34.99, true)).toBe('35-minner');
    expect(wiaOutcome(35, false)).toBe('wga');
    expect(wiaOutcome(79.9, true)).toBe('wga');
    expect(wiaOutcome(80, true)).toBe('iva');
    expect(wiaOutcome(100, true)).toBe('iva');
    expect(wiaOutcome(80, false)).toBe('wga');
  });

  it('refuses a percentage outside 0–100 or not a number, with the code and path', () => {
    expect(issueOf(() => wiaOutcome(101, true))).toMatchObject([
      { code: 'field/too-big', path: ['lossPercent'] },
    ]);
    expect(issueOf(() => wiaOutcome(-1, false))).toMatchObject([
      { code: 'field/too-small', path: ['lossPercent'] },
    ]);
    expect(issueOf(() => wiaOutcome(Number.NaN, false))).toMatchObject([
      { code: 'field/type', path: ['lossPercent'] },
    ]);
    expect(issueOf(() => wiaOutcome('60' as unknown as number, false))).toMatchObject([
      { code: 'field/type', path: ['lossPercent'] },
    ]);
  });
});
