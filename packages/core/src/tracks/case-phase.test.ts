import { describe, expect, it } from 'vitest';
import { casePhase } from './case-phase.js';

const D1 = { sickPeriods: [{ start: '2025-01-06' }] };

describe('casePhase', () => {
  it('counts sick-weeks: week 52 ends on sick-day 364', () => {
    expect(casePhase(D1, { asOf: '2025-03-01' })).toEqual({
      phase: 'jaar-1',
      sickDay: 55,
      sickWeek: 8,
    });
    expect(casePhase(D1, { asOf: '2026-01-04' })).toEqual({
      phase: 'jaar-1',
      sickDay: 364,
      sickWeek: 52,
    });
    expect(casePhase(D1, { asOf: '2026-01-05' })).toEqual({
      phase: 'jaar-2',
      sickDay: 365,
      sickWeek: 53,
    });
    expect(casePhase(D1, { asOf: '2027-01-04' }).phase).toBe('na-wachttijd'); // sick-day 729
  });

  it('is jaar-2 up to sick-day 728 and na-wachttijd from 729', () => {
    // sd(728) = D1 + 727 = 3 January 2027 (the last day of the 104 weeks).
    expect(casePhase(D1, { asOf: '2027-01-03' })).toEqual({
      phase: 'jaar-2',
      sickDay: 728,
      sickWeek: 104,
    });
    expect(casePhase(D1, { asOf: '2027-01-04' })).toEqual({
      phase: 'na-wachttijd',
      sickDay: 729,
      sickWeek: 105,
    });
  });

  it('counts sick days, not calendar days, after a gap', () => {
    // Sick 6–31 January (26 days), fit 1–20 February (20 days), sick from 21 February:
    // on 1 March 26 + 9 = 35 sick days, week 5.
    expect(
      casePhase(
        { sickPeriods: [{ start: '2025-01-06', end: '2025-01-31' }, { start: '2025-02-21' }] },
        { asOf: '2025-03-01' },
      ),
    ).toEqual({ phase: 'jaar-1', sickDay: 35, sickWeek: 5 });
  });

  it('counts 0 before the first sick day', () => {
    expect(casePhase(D1, { asOf: '2025-01-01' })).toEqual({
      phase: 'jaar-1',
      sickDay: 0,
      sickWeek: 0,
    });
  });

  it('is hersteld once the latest period is closed', () => {
    const closed = { sickPeriods: [{ start: '2025-01-06', end: '2025-02-01' }] };
    expect(casePhase(closed, { asOf: '2025-02-02' })).toEqual({
      phase: 'hersteld',
      sickDay: 27, // 6 January – 1 February
      sickWeek: 4,
    });
    // On the last sick day itself the case is still in year 1.
    expect(casePhase(closed, { asOf: '2025-02-01' }).phase).toBe('jaar-1');
  });
});
