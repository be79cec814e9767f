import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../calendar/day-number.js';
import { createCaseContext } from '../case/case-context.js';
import { MILESTONE_RULES } from '../rules/milestone-rules.js';
import type { CaseEvent, ComputeOptions, SickPeriod } from '../types.js';
import {
  computeWaitingPeriod,
  verlengingDays,
  WAITING_PERIOD_SICK_DAYS,
  waitingPeriodBasis,
} from './waiting-period.js';

const OPEN: SickPeriod[] = [{ start: '2025-01-06' }]; // D1 Monday 6 January 2025: sd(n) = D1 + n − 1
const ctx = (events: CaseEvent[] = [], sickPeriods = OPEN, options: ComputeOptions = {}) =>
  createCaseContext({ sickPeriods, events }, { asOf: '2025-01-06', ...options });
const period = (events: CaseEvent[] = [], sickPeriods = OPEN, options: ComputeOptions = {}) => {
  const w = computeWaitingPeriod(ctx(events, sickPeriods, options), MILESTONE_RULES, false);
  return { ...w, lastDay: w.lastDay === null ? null : toIsoDate(w.lastDay) };
};
const sanction = (date: string, weeks: number): CaseEvent => ({ type: 'loonsanctie', date, weeks });

describe('verlengingDays', () => {
  it('adds 7 sick days a week over every vrijwillige verlenging, without a maximum', () => {
    expect(verlengingDays(ctx())).toBe(0);
    // 13 + 4 weeks = 17 weeks = 119 days; 104 weeks = 728 days.
    const v = (weeks: number): CaseEvent => ({
      type: 'vrijwillige-verlenging',
      date: '2026-06-01',
      weeks,
    });
    expect(verlengingDays(ctx([v(13), v(4)]))).toBe(119);
    expect(verlengingDays(ctx([v(104)]))).toBe(728);
  });
});

describe('computeWaitingPeriod', () => {
  it('ends on sick day 728 without extensions', () => {
    expect(WAITING_PERIOD_SICK_DAYS).toBe(728);
    // sd(728) = D1 + 727 = 3 January 2027.
    expect(period()).toEqual({
      lastDay: '2027-01-03',
      sickDay: 728,
      extensions: [],
      aowWagePeriodWeeks: null,
    });
  });

  it('is the AOW wage period when AOW age was reached on the first sick day', () => {
    const aow = (d1: string) => {
      const w = computeWaitingPeriod(ctx([], [{ start: d1 }]), MILESTONE_RULES, true);
      return [toIsoDate(w.lastDay!), w.sickDay, w.aowWagePeriodWeeks];
    };
    // From 1 July 2023 6 weeks: sd(42) = 1 July + 41 = 11 August 2023.
    expect(aow('2023-07-01')).toEqual(['2023-08-11', 42, 6]);
    // The day before, 13 weeks: sd(91) = 30 June + 90 = 28 September 2023.
    expect(aow('2023-06-30')).toEqual(['2023-09-28', 91, 13]);
  });

  it('adds a vrijwillige verlenging', () => {
    // 13 weeks: sd(728 + 91) = sd(819) = D1 + 818 = 4 April 2027.
    expect(period([{ type: 'vrijwillige-verlenging', date: '2026-06-01', weeks: 13 }])).toEqual({
      lastDay: '2027-04-04',
      sickDay: 819,
      extensions: [{ type: 'vrijwillige-verlenging', weeks: 13, days: 91 }],
      aowWagePeriodWeeks: null,
    });
  });

  it('adds the days a WIA application is late, after a move to a working day', () => {
    // Due sd(651) = Sunday 18 October 2026; filed 28 October: 10 days late, sd(738) = 13 January 2027.
    expect(period([{ type: 'wia-aanvraag', date: '2026-10-28' }])).toEqual({
      lastDay: '2027-01-13',
      sickDay: 738,
      extensions: [
        { type: 'late-wia-aanvraag', due: '2026-10-18', eventDate: '2026-10-28', days: 10 },
      ],
      aowWagePeriodWeeks: null,
    });
    // Filed on Monday 19 October: a day late, unless the due date rolls to that Monday.
    const monday: CaseEvent[] = [{ type: 'wia-aanvraag', date: '2026-10-19' }];
    expect(period(monday).sickDay).toBe(729);
    expect(period(monday, OPEN, { weekendDeadlines: 'roll-to-working-day' })).toMatchObject({
      lastDay: '2027-01-03',
      extensions: [],
    });
    // On time: nothing.
    expect(period([{ type: 'wia-aanvraag', date: '2026-10-01' }]).extensions).toEqual([]);
  });

  it('adds a loonsanctie of at most 52 weeks together', () => {
    // 52 weeks: sd(728 + 364) = sd(1092) = D1 + 1091 = 2 January 2028.
    expect(period([sanction('2026-12-01', 52)])).toEqual({
      lastDay: '2028-01-02',
      sickDay: 1092,
      extensions: [{ type: 'loonsanctie', weeks: 52, days: 364 }],
      aowWagePeriodWeeks: null,
    });
    expect(period([sanction('2026-12-01', 30), sanction('2027-06-01', 30)])).toMatchObject({
      lastDay: '2028-01-02',
      extensions: [{ type: 'loonsanctie', weeks: 52, days: 364 }],
    });
  });

  it('ends a sanction 42 days after a bekortingsbesluit, never before the unsanctioned end', () => {
    // Decision 1 March 2027 + 42 = 12 April 2027, before the sanctioned end (2 January 2028).
    expect(
      period([sanction('2027-01-01', 52), { type: 'bekortingsbesluit', date: '2027-03-01' }]),
    ).toEqual({
      lastDay: '2027-04-12',
      sickDay: 1092,
      extensions: [
        { type: 'loonsanctie', weeks: 52, days: 364 },
        { type: 'bekortingsbesluit', decisionDate: '2027-03-01', endsOn: '2027-04-12' },
      ],
      aowWagePeriodWeeks: null,
    });
    // Decision 10 November 2026 + 42 = 22 December 2026, before sd(728): the end stays 3 January 2027.
    expect(
      period([sanction('2026-11-01', 52), { type: 'bekortingsbesluit', date: '2026-11-10' }]),
    ).toMatchObject({
      lastDay: '2027-01-03',
      extensions: [
        { type: 'loonsanctie' },
        { type: 'bekortingsbesluit', decisionDate: '2026-11-10', endsOn: '2027-01-03' },
      ],
    });
    // A decision dated before the sanction shortens nothing.
    expect(
      period([sanction('2027-01-01', 52), { type: 'bekortingsbesluit', date: '2026-12-01' }]),
    ).toMatchObject({ lastDay: '2028-01-02', extensions: [{ type: 'loonsanctie' }] });
  });

  it('is not reached when the sickness ended before it', () => {
    expect(period([], [{ start: '2025-01-06', end: '2025-06-30' }])).toEqual({
      lastDay: null,
      sickDay: 728,
      extensions: [],
      aowWagePeriodWeeks: null,
    });
    // Sick until 30 June 2027: past sd(728), not as far as the sanctioned sd(1092).
    expect(
      period([sanction('2026-12-01', 52)], [{ start: '2025-01-06', end: '2027-06-30' }]),
    ).toEqual({
      lastDay: null,
      sickDay: 1092,
      extensions: [{ type: 'loonsanctie', weeks: 52, days: 364 }],
      aowWagePeriodWeeks: null,
    });
  });
});

describe('waitingPeriodBasis', () => {
  it('counts the sick days up to the last day and the days of recovery before it', () => {
    // Sick 6–31 January 2025 (26 days), fit 1–9 February (9 days), sick from 10 February:
    // sd(728) = 10 February + (728 − 27) = 12 January 2027.
    const c = ctx([], [{ start: '2025-01-06', end: '2025-01-31' }, { start: '2025-02-10' }]);
    const w = computeWaitingPeriod(c, MILESTONE_RULES, false);
    expect(waitingPeriodBasis(c, w)).toEqual({
      type: 'waiting-period',
      sickDay: 728,
      date: '2027-01-12',
      gapDays: 9,
      leaveDays: 0,
      extensions: [],
      aowWagePeriodWeeks: null,
    });
  });

  it('counts the sick days to a shortened end, and gives the planned sick day when not reached', () => {
    const c = ctx([sanction('2027-01-01', 52), { type: 'bekortingsbesluit', date: '2027-03-01' }]);
    // 6 January 2025 – 12 April 2027: 827 sick days.
    expect(waitingPeriodBasis(c, computeWaitingPeriod(c, MILESTONE_RULES, false))).toMatchObject({
      sickDay: 827,
      date: '2027-04-12',
    });
    const closed = ctx([], [{ start: '2025-01-06', end: '2025-06-30' }]);
    expect(
      waitingPeriodBasis(closed, computeWaitingPeriod(closed, MILESTONE_RULES, false)),
    ).toMatchObject({
      sickDay: 728,
      date: null,
      gapDays: 0,
      leaveDays: 0,
    });
  });
});
