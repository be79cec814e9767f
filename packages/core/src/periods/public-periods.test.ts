import { describe, expect, it } from 'vitest';
import { evaluationGaps } from '../findings/evaluation-gaps.js';
import { PoortwachterInputError } from '../input/poortwachter-input-error.js';
import { firstSickDay } from './first-sick-day.js';
import { processDaysBetween } from './process-days-between.js';

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
    expect(() => firstSickDay({ sickPeriods: [] })).toThrow(PoortwachterInputError);
  });
});

describe('processDaysBetween', () => {
  it('counts sick days, leaving out recovery', () => {
    expect(
      processDaysBetween({ sickPeriods: [{ start: '2024-02-05' }] }, '2024-03-25', '2024-05-06'),
    ).toEqual({
      days: 42,
      unit: 'sick-days',
    });
    // Recovered 1–10 April: 42 − 10 = 32 sick days.
    expect(
      processDaysBetween(
        { sickPeriods: [{ start: '2024-02-05', end: '2024-03-31' }, { start: '2024-04-11' }] },
        '2024-03-25',
        '2024-05-06',
      ),
    ).toEqual({ days: 32, unit: 'sick-days' });
  });

  it('counts calendar days under processDeadlines: calendar, and checks its dates', () => {
    expect(
      processDaysBetween(
        {
          sickPeriods: [{ start: '2024-02-05', end: '2024-03-31' }, { start: '2024-04-11' }],
          options: { processDeadlines: 'calendar' },
        },
        '2024-03-25',
        '2024-05-06',
      ),
    ).toEqual({ days: 42, unit: 'calendar-days' });
    expect(() =>
      processDaysBetween(
        { sickPeriods: [{ start: '2024-02-05' }] },
        '2024-03-25T10:00Z',
        '2024-05-06',
      ),
    ).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'date/has-time', path: ['from'] })],
      }),
    );
  });
});

describe('evaluationGaps', () => {
  it('reports the gaps over 42 process days with the index of the later date', () => {
    // 20 Feb → 10 Apr 2025: 49 days; 10 Apr → 20 May: 40 days.
    expect(
      evaluationGaps({ sickPeriods: [{ start: '2025-01-06' }] }, [
        '2025-05-20',
        '2025-02-20',
        '2025-04-10',
      ]),
    ).toEqual([
      { from: '2025-02-20', to: '2025-04-10', days: 49, unit: 'sick-days', limit: 42, index: 2 },
    ]);
    expect(
      evaluationGaps({ sickPeriods: [{ start: '2025-01-06' }] }, ['2025-02-20', '2025-04-03']),
    ).toEqual([]);
  });
});
