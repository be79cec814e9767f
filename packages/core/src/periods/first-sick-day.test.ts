import { describe, expect, it } from 'vitest';
import { PoortwachterInputError } from '../input/poortwachter-input-error.js';
import { firstSickDay } from './first-sick-day.js';

describe('firstSickDay', () => {
  it('is the first day of the latest chain', () => {
    // 20 Jan → 5 Feb: 15 days strictly between, added together.
    expect(
      firstSickDay({
        sickPeriods: [{ start: '2024-01-08', end: '2024-01-20' }, { start: '2024-02-05' }],
      }),
    ).toBe('2024-01-08');
    // 20 Jan → 2 Sep: a new chain.
    expect(
      firstSickDay({
        sickPeriods: [{ start: '2024-01-08', end: '2024-01-20' }, { start: '2024-09-02' }],
      }),
    ).toBe('2024-09-02');
  });

  it('bridges directly adjoining leave as the case options say', () => {
    // Leave 1 April – 21 July fills the gap exactly: the statute adds both periods together,
    // unless the leave says the cause differs.
    const input = (sameCause: boolean) => ({
      sickPeriods: [{ start: '2025-01-06', end: '2025-03-31' }, { start: '2025-07-22' }],
      leavePeriods: [
        {
          kind: 'zwangerschaps-en-bevallingsverlof' as const,
          start: '2025-04-01',
          end: '2025-07-21',
          sameCause,
        },
      ],
    });
    expect(firstSickDay(input(true))).toBe('2025-01-06');
    expect(firstSickDay(input(false))).toBe('2025-07-22');
  });

  it('refuses a case it cannot use, with the code and path', () => {
    expect(() => firstSickDay({ sickPeriods: [] })).toThrow(PoortwachterInputError);
    expect(() =>
      firstSickDay({ sickPeriods: [{ start: '2025-01-06', end: '2025-01-01' }] }),
    ).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({
            code: 'period/end-before-start',
            path: ['sickPeriods', 0, 'end'],
          }),
        ],
      }),
    );
  });
});
