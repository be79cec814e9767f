import { describe, expect, it } from 'vitest';
import { sickDaysBetween } from './sick-days-between.js';

describe('sickDaysBetween', () => {
  it('counts calendar days within one open period', () => {
    expect(
      sickDaysBetween({ sickPeriods: [{ start: '2024-02-05' }] }, '2024-03-25', '2024-05-06'),
    ).toEqual({
      days: 42,
      unit: 'sick-days',
    });
  });

  it('leaves out the days between two periods of one chain', () => {
    const kase = {
      sickPeriods: [{ start: '2024-02-05', end: '2024-04-05' }, { start: '2024-04-16' }],
    };
    // 2024-03-25 … 2024-05-06 is 42 calendar days, 10 of them between the periods.
    expect(sickDaysBetween(kase, '2024-03-25', '2024-05-06')).toEqual({
      days: 32,
      unit: 'sick-days',
    });
  });

  it('counts calendar days when the case asks for it', () => {
    const kase = {
      sickPeriods: [{ start: '2024-02-05', end: '2024-04-05' }, { start: '2024-04-16' }],
      options: { processDeadlines: 'calendar' as const },
    };
    expect(sickDaysBetween(kase, '2024-03-25', '2024-05-06')).toEqual({
      days: 42,
      unit: 'calendar-days',
    });
  });
});
