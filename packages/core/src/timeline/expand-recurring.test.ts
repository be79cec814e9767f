import { describe, expect, it } from 'vitest';
import { toDayNumber, toIsoDate } from '../calendar/day-number.js';
import { type CaseContext, createCaseContext, firstEvent } from '../case/case-context.js';
import type { MilestoneRule } from '../rules/milestone-rule.js';
import { MILESTONE_RULES } from '../rules/milestone-rules.js';
import type { CaseEvent, SickPeriod } from '../types.js';
import { expandRecurring } from './expand-recurring.js';
import type { TimelineRow } from './timeline-row.js';

const d = toDayNumber;
const rule = (id: string): MilestoneRule => MILESTONE_RULES.find((r) => r.id === id)!;
const EVALUATIE = rule('evaluatie');
const OPEN: SickPeriod[] = [{ start: '2025-01-06' }]; // D1 Monday 6 January 2025: sd(n) = D1 + n − 1
const ctx = (events: CaseEvent[] = [], sickPeriods = OPEN) =>
  createCaseContext({ sickPeriods, events }, { asOf: '2025-01-06' });

/** The plan van aanpak row as the timeline computes it: due sd(56) = 2 March 2025 here. */
function pva(c: CaseContext, due = d('2025-03-02')): TimelineRow {
  const r = rule('plan-van-aanpak');
  return {
    rule: r,
    id: 'plan-van-aanpak',
    occurrence: null,
    label: r.label,
    due,
    unrolledDue: due,
    windowStart: null,
    variant: null,
    windowVariant: null,
    event: firstEvent(c, 'plan-van-aanpak'),
    afterRow: null,
    afterDay: null,
  };
}
const LAST = d('2027-01-03'); // sd(728)
const dues = (rows: TimelineRow[]) => rows.map((r) => (r.due === null ? null : toIsoDate(r.due)));

describe('expandRecurring', () => {
  it('numbers the series and counts each 42 sick days after the previous one', () => {
    const c = ctx();
    const rows = expandRecurring(EVALUATIE, c, pva(c), LAST);
    // PvA due sd(56); evaluation k due sd(56 + 42k): sd(98) = 13 April, sd(140) = 25 May 2025, …
    expect(dues(rows).slice(0, 3)).toEqual(['2025-04-13', '2025-05-25', '2025-07-06']);
    expect(rows[2]).toMatchObject({
      id: 'evaluatie-3',
      occurrence: 3,
      label: { nl: 'Evaluatie plan van aanpak 3', en: 'Evaluation of the plan of action 3' },
      variant: null,
      windowStart: null,
      afterRow: rows[1],
      afterDay: d('2025-05-25'),
    });
    expect(rows[0]?.afterRow?.id).toBe('plan-van-aanpak');
    expect(rows[0]?.unrolledDue).toBe(rows[0]?.due);
  });

  it('stops after the last day of the waiting period, keeping a due date on it', () => {
    const c = ctx();
    expect(dues(expandRecurring(EVALUATIE, c, pva(c), d('2025-05-25')))).toEqual([
      '2025-04-13',
      '2025-05-25',
    ]);
    expect(dues(expandRecurring(EVALUATIE, c, pva(c), d('2025-05-24')))).toEqual(['2025-04-13']);
    // The first is always generated.
    expect(dues(expandRecurring(EVALUATIE, c, pva(c), d('2025-03-31')))).toEqual(['2025-04-13']);
  });

  it('counts from a recorded plan and recorded evaluations, matched in date order', () => {
    const c = ctx([
      { type: 'plan-van-aanpak', date: '2025-02-20' },
      { type: 'evaluatie', date: '2025-06-01' },
      { type: 'evaluatie', date: '2025-03-20' },
    ]);
    const rows = expandRecurring(EVALUATIE, c, pva(c), LAST);
    // Plan recorded 20 February (sick day 46): evaluation 1 due sd(88) = 3 April. Recorded
    // 20 March (sick day 74): evaluation 2 due sd(116) = 1 May. Recorded 1 June (sick day 147):
    // evaluation 3 due sd(189) = 13 July.
    expect(dues(rows).slice(0, 3)).toEqual(['2025-04-03', '2025-05-01', '2025-07-13']);
    expect(rows.slice(0, 3).map((r) => r.event?.event.date)).toEqual([
      '2025-03-20',
      '2025-06-01',
      undefined,
    ]);
    expect(rows[0]?.afterDay).toBe(d('2025-02-20'));
  });

  it('counts from the plan when it comes later than the previous evaluation', () => {
    // An evaluation recorded 20 March, the plan only on 1 May (sick day 116): evaluation 2 is
    // counted from the plan, sd(158) = 12 June, like evaluation 1.
    const c = ctx([
      { type: 'plan-van-aanpak', date: '2025-05-01' },
      { type: 'evaluatie', date: '2025-03-20' },
    ]);
    const rows = expandRecurring(EVALUATIE, c, pva(c), LAST);
    expect(dues(rows).slice(0, 2)).toEqual(['2025-06-12', '2025-06-12']);
    expect(rows[1]?.afterRow?.id).toBe('plan-van-aanpak');
  });

  it('ends the series when the sickness ends', () => {
    // Recovered after 31 May (sick day 146): sd(182) is not reached.
    const c = ctx([], [{ start: '2025-01-06', end: '2025-05-31' }]);
    expect(dues(expandRecurring(EVALUATIE, c, pva(c), null))).toEqual(['2025-04-13', '2025-05-25']);
    // Recovered after 31 March (sick day 85): the first is there, not reached.
    const early = ctx([], [{ start: '2025-01-06', end: '2025-03-31' }]);
    expect(dues(expandRecurring(EVALUATIE, early, pva(early), null))).toEqual([null]);
  });

  it('gives nothing for a row that is not recurring or without the row it counts after', () => {
    const c = ctx();
    expect(expandRecurring(rule('probleemanalyse'), c, pva(c), LAST)).toEqual([]);
    expect(expandRecurring(EVALUATIE, c, undefined, LAST)).toEqual([]);
  });

  it('shares the numbered labels between timelines', () => {
    const a = ctx();
    const b = ctx([{ type: 'plan-van-aanpak', date: '2025-02-20' }]);
    expect(expandRecurring(EVALUATIE, a, pva(a), LAST)[4]?.label).toBe(
      expandRecurring(EVALUATIE, b, pva(b), LAST)[4]?.label,
    );
  });
});
