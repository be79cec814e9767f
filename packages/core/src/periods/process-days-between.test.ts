import { describe, expect, it } from 'vitest';
import { processDaysBetween } from './process-days-between.js';

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

  it('counts in the chain in which the later date falls', () => {
    // Two chains: 5 Feb – 31 Mar 2024, then from 1 June 2024 (61 days strictly between: a new chain). From 20 May to
    // 10 June counts the sick days of the second chain up to 10 June: 10 (1–10 June), minus 0
    // before it.
    expect(
      processDaysBetween(
        { sickPeriods: [{ start: '2024-02-05', end: '2024-03-31' }, { start: '2024-06-01' }] },
        '2024-05-20',
        '2024-06-10',
      ),
    ).toEqual({ days: 10, unit: 'sick-days' });
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
    expect(() =>
      processDaysBetween({ sickPeriods: [{ start: '2024-02-05' }] }, '2024-03-25', '2024-02-30'),
    ).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'date/invalid', path: ['to'] })],
      }),
    );
  });
});
