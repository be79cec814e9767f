import { describe, expect, it } from 'vitest';
import { computeTimeline } from '../timeline/compute-timeline.js';
import { milestone } from '../timeline/test-helpers.js';
import type { DateBasis, Derivation } from './derivation.js';
import { skippedDays } from './skipped-days.js';

const derivation = (due: DateBasis): Derivation => ({
  rule: 'probleemanalyse',
  variant: null,
  due,
  windowStart: null,
  workingDayShift: null,
  notApplicable: null,
  recoveredAfter: null,
  eventFrom: null,
});
const sickDay = (gapDays: number, leaveDays: number): DateBasis => ({
  type: 'sick-day',
  sickDay: 42,
  counting: 'sick-days',
  date: '2025-03-01',
  gapDays,
  leaveDays,
  verlengingDays: 0,
});
const event: DateBasis = {
  type: 'event',
  event: 'probleemanalyse',
  eventDate: '2025-02-10',
  days: 14,
  date: '2025-02-24',
};

describe('skippedDays', () => {
  it('counts the days that moved a date in a timeline', () => {
    // Sick 28 Dec 2024 – 10 Jan 2025, fit 11–31 January (21 days), sick again from 1 February:
    // the UWV report (sd(294)) lies after the gap, the report to the company doctor (sd(7)) before.
    const t = computeTimeline(
      { sickPeriods: [{ start: '2024-12-28', end: '2025-01-10' }, { start: '2025-02-01' }] },
      { asOf: '2025-06-01' },
    );
    expect(skippedDays(milestone(t, 'ziekmelding-uwv').derivation)).toEqual({
      gapDays: 21,
      leaveDays: 0,
    });
    expect(skippedDays(milestone(t, 'ziekmelding-bedrijfsarts').derivation)).toEqual({
      gapDays: 0,
      leaveDays: 0,
    });
  });

  it('reads the days from a sick day, a series step and the waiting period', () => {
    expect(skippedDays(derivation(sickDay(3, 112)))).toEqual({ gapDays: 3, leaveDays: 112 });
    expect(
      skippedDays(
        derivation({
          type: 'after',
          milestone: 'plan-van-aanpak',
          label: { nl: 'Plan van aanpak', en: 'Plan of action' },
          from: '2025-03-02',
          recorded: false,
          days: 42,
          counting: 'sick-days',
          date: '2025-04-20',
          gapDays: 7,
          leaveDays: 0,
        }),
      ),
    ).toEqual({ gapDays: 7, leaveDays: 0 });
    expect(
      skippedDays(
        derivation({
          type: 'waiting-period',
          sickDay: 728,
          date: '2027-01-20',
          gapDays: 17,
          leaveDays: 0,
          extensions: [],
          aowWagePeriodWeeks: null,
        }),
      ),
    ).toEqual({ gapDays: 17, leaveDays: 0 });
  });

  it('follows the chosen date of an earlier-of and the date a working day follows', () => {
    const earlier = derivation({
      type: 'earlier-of',
      date: '2025-03-01',
      chosen: sickDay(5, 0),
      other: event,
    });
    expect(skippedDays(earlier)).toEqual({ gapDays: 5, leaveDays: 0 });
    // When the event wins, the days before the other date did not move anything.
    expect(
      skippedDays(
        derivation({ type: 'earlier-of', date: '2025-02-24', chosen: event, other: sickDay(5, 0) }),
      ),
    ).toEqual({ gapDays: 0, leaveDays: 0 });
    expect(
      skippedDays(
        derivation({ type: 'first-working-day-after', of: sickDay(21, 0), date: '2025-11-10' }),
      ),
    ).toEqual({ gapDays: 21, leaveDays: 0 });
  });

  it('is zero for a date counted from an event', () => {
    expect(skippedDays(derivation(event))).toEqual({ gapDays: 0, leaveDays: 0 });
  });
});
