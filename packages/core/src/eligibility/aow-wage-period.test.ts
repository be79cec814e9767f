import { describe, expect, it } from 'vitest';
import { AOW_WAGE_PERIOD } from './aow-wage-period.js';

// computeWaitingPeriod looks up the row valid on the first sick day and assumes one exists:
// the rows must cover every date, back to back, without overlap.
describe('AOW_WAGE_PERIOD', () => {
  it('covers every first sick day: open at both ends, each row ending where the next begins', () => {
    expect(AOW_WAGE_PERIOD[0]?.validFrom).toBeNull();
    expect(AOW_WAGE_PERIOD.at(-1)?.validTo).toBeNull();
    for (let i = 1; i < AOW_WAGE_PERIOD.length; i++)
      expect(AOW_WAGE_PERIOD[i]!.validFrom).toBe(AOW_WAGE_PERIOD[i - 1]!.validTo);
  });

  it('pays 13 weeks before 1 July 2023 and 6 weeks from then on', () => {
    expect(AOW_WAGE_PERIOD).toEqual([
      { weeks: 13, validFrom: null, validTo: '2023-07-01' },
      { weeks: 6, validFrom: '2023-07-01', validTo: null },
    ]);
  });
});
