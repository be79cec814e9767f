import { describe, expect, it } from 'vitest';
import { toDayNumber, toIsoDate } from '../calendar/day-number.js';
import { createCaseContext } from '../case/case-context.js';
import type { ComputeOptions, LeavePeriod, SickPeriod } from '../types.js';
import { processDay, processDaysAfter, uncountedDays } from './process-days.js';

const d = toDayNumber;
const iso = (day: number | null) => (day === null ? null : toIsoDate(day));
const context = (
  sickPeriods: SickPeriod[],
  options: ComputeOptions = {},
  leave: LeavePeriod[] = [],
) => createCaseContext({ sickPeriods, leavePeriods: leave }, { asOf: '2025-01-06', ...options });

// Sick 6–31 January 2025 (26 sick days), fit 1–9 February (9 days), sick again from 10 February.
const GAP: SickPeriod[] = [{ start: '2025-01-06', end: '2025-01-31' }, { start: '2025-02-10' }];
const CLOSED: SickPeriod[] = [{ start: '2025-01-06', end: '2025-01-31' }];

describe('processDay', () => {
  it('is sd(n) by default: the gap moves it later', () => {
    // sd(42) = 10 February + (42 − 26 − 1) = 10 February + 15 = 25 February.
    expect(iso(processDay(context(GAP), 42))).toBe('2025-02-25');
    expect(iso(processDay(context(GAP), 26))).toBe('2025-01-31');
  });

  it('is D1 + n − 1 under processDeadlines: calendar, gap or not', () => {
    // D1 + 41 = 16 February, a day of recovery.
    expect(iso(processDay(context(GAP, { processDeadlines: 'calendar' }), 42))).toBe('2025-02-16');
  });

  it('is null when the chain closed before it, in both countings', () => {
    expect(processDay(context(CLOSED), 27)).toBeNull();
    expect(iso(processDay(context(CLOSED, { processDeadlines: 'calendar' }), 26))).toBe(
      '2025-01-31',
    );
    expect(processDay(context(CLOSED, { processDeadlines: 'calendar' }), 27)).toBeNull();
  });
});

describe('processDaysAfter', () => {
  it('counts sick days after those up to the date counted from', () => {
    // Up to 20 January: 15 sick days; 15 + 42 = sd(57) = 10 February + (57 − 26 − 1) = 12 March.
    expect(iso(processDaysAfter(context(GAP), d('2025-01-20'), 42))).toBe('2025-03-12');
    // From a day of recovery (5 February): 26 sick days so far; sd(33) = 10 Feb + 6 = 16 Feb.
    expect(iso(processDaysAfter(context(GAP), d('2025-02-05'), 7))).toBe('2025-02-16');
  });

  it('counts calendar days under processDeadlines: calendar', () => {
    // 20 January + 42 = 3 March.
    expect(
      iso(processDaysAfter(context(GAP, { processDeadlines: 'calendar' }), d('2025-01-20'), 42)),
    ).toBe('2025-03-03');
  });

  it('is null when the chain closed before it', () => {
    expect(processDaysAfter(context(CLOSED), d('2025-01-20'), 42)).toBeNull();
    const calendar = context(CLOSED, { processDeadlines: 'calendar' });
    expect(iso(processDaysAfter(calendar, d('2025-01-20'), 11))).toBe('2025-01-31');
    expect(processDaysAfter(calendar, d('2025-01-20'), 12)).toBeNull();
  });
});

describe('uncountedDays', () => {
  const leave = (start: string, end: string): LeavePeriod => ({
    kind: 'zwangerschaps-en-bevallingsverlof',
    start,
    end,
  });

  it('gives the days of recovery between two dates', () => {
    // 6 January → 25 February is 51 days after 5 January, of which 42 were sick days.
    expect(uncountedDays(context(GAP), d('2025-01-05'), d('2025-02-25'), 42)).toEqual({
      gapDays: 9,
      leaveDays: 0,
    });
  });

  it('tells leave days apart from the other days that did not count', () => {
    // Sick 6 January – 31 March (85 days), fit 1–2 April, leave 3 April – 21 July (110 days), sick
    // from 22 July; exclude-leave-days adds them together. sd(100) = 22 July + 14 = 5 August:
    // 212 days after 5 January, 100 of them sick, 110 leave, 2 fit.
    const ctx = context(
      [{ start: '2025-01-06', end: '2025-03-31' }, { start: '2025-07-22' }],
      { leaveAndGaps: 'exclude-leave-days' },
      [leave('2025-04-03', '2025-07-21')],
    );
    expect(iso(processDay(ctx, 100))).toBe('2025-08-05');
    expect(uncountedDays(ctx, d('2025-01-05'), d('2025-08-05'), 100)).toEqual({
      gapDays: 2,
      leaveDays: 110,
    });
    // Only the leave inside the stretch counts: from 1 June, 51 leave days (1 June – 21 July).
    expect(uncountedDays(ctx, d('2025-05-31'), d('2025-08-05'), 15)).toEqual({
      gapDays: 0,
      leaveDays: 51,
    });
  });

  it('is zero when every day counted', () => {
    expect(uncountedDays(context(GAP), d('2025-01-05'), d('2025-01-20'), 15)).toEqual({
      gapDays: 0,
      leaveDays: 0,
    });
  });
});
