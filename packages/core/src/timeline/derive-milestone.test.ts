import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../calendar/day-number.js';
import { type CaseContext, createCaseContext, firstEvent } from '../case/case-context.js';
import type { MilestoneRule } from '../rules/milestone-rule.js';
import { MILESTONE_RULES } from '../rules/milestone-rules.js';
import type { ComputeOptions, SickPeriod } from '../types.js';
import { deriveMilestone } from './derive-milestone.js';
import { type AnchorExtras, evaluateAnchor } from './evaluate-anchor.js';
import { expandRecurring } from './expand-recurring.js';
import { anchorFor, rolledDue, variantFor } from './rule-date.js';
import type { TimelineRow } from './timeline-row.js';

const rule = (id: string): MilestoneRule => MILESTONE_RULES.find((r) => r.id === id)!;
const OPEN: SickPeriod[] = [{ start: '2025-01-06' }]; // D1 Monday 6 January 2025: sd(n) = D1 + n − 1
const EXT: AnchorExtras = { verlenging: 0 };
const ctx = (options: ComputeOptions = {}, sickPeriods = OPEN, input = {}) =>
  createCaseContext({ sickPeriods, ...input }, { asOf: '2025-01-06', ...options });

/** A row of a non-recurring rule, as the timeline builds it. */
function row(r: MilestoneRule, c: CaseContext): TimelineRow {
  const unrolledDue = evaluateAnchor(anchorFor(r, 'due', c.options)!, c, EXT);
  const windowAnchor = anchorFor(r, 'windowStart', c.options);
  return {
    rule: r,
    id: r.id as TimelineRow['id'],
    occurrence: null,
    label: r.label,
    due: rolledDue(r, unrolledDue, c),
    unrolledDue,
    windowStart: windowAnchor ? evaluateAnchor(windowAnchor, c, EXT) : null,
    variant: variantFor(r, 'due', c.options),
    windowVariant: variantFor(r, 'windowStart', c.options),
    event: r.event ? firstEvent(c, r.event) : undefined,
    afterRow: null,
    afterDay: null,
  };
}
const derive = (
  r: MilestoneRule,
  c: CaseContext,
  status: 'upcoming' | 'not-reached' = 'upcoming',
) => deriveMilestone(row(r, c), c, EXT, null, status);

describe('deriveMilestone', () => {
  it('describes a plain row: its rule, the basis of its due date, nothing else', () => {
    expect(derive(rule('probleemanalyse'), ctx())).toEqual({
      rule: 'probleemanalyse',
      variant: null,
      due: {
        type: 'sick-day',
        sickDay: 42,
        counting: 'sick-days',
        date: '2025-02-16',
        gapDays: 0,
        leaveDays: 0,
        verlengingDays: 0,
      },
      windowStart: null,
      workingDayShift: null,
      notApplicable: null,
      recoveredAfter: null,
      eventFrom: null,
    });
  });

  it('names the option reading of the due date or of the window start', () => {
    const six = derive(
      rule('probleemanalyse'),
      ctx({ probleemanalyseDeadline: 'six-weeks-after-d1' }),
    );
    expect(six.variant).toEqual({ option: 'probleemanalyseDeadline', value: 'six-weeks-after-d1' });
    expect(six.due).toMatchObject({ sickDay: 43, date: '2025-02-17' });
    const iva = derive(
      rule('vervroegde-iva-aanvraag'),
      ctx({ vervroegdeIvaWindowStart: 'after-13-weeks' }),
    );
    expect(iva.variant).toEqual({ option: 'vervroegdeIvaWindowStart', value: 'after-13-weeks' });
    // sd(92) = D1 + 91 = 7 April 2025; the due date sd(476) keeps its own anchor.
    expect(iva.windowStart).toMatchObject({ type: 'sick-day', sickDay: 92, date: '2025-04-07' });
    expect(iva.due).toMatchObject({ sickDay: 476 });
  });

  it('records a move to a working day, from the unrolled date to the rolled one', () => {
    // sd(42) = Sunday 16 February 2025 rolls to Monday 17 February; the basis keeps sd(42).
    const rolled = derive(
      rule('probleemanalyse'),
      ctx({ weekendDeadlines: 'roll-to-working-day' }),
    );
    expect(rolled.workingDayShift).toEqual({ from: '2025-02-16', to: '2025-02-17' });
    expect(rolled.due).toMatchObject({ date: '2025-02-16' });
    // A due date that is a working day does not move: the UWV report is on Monday 27 October.
    expect(
      derive(rule('ziekmelding-uwv'), ctx({ weekendDeadlines: 'roll-to-working-day' }))
        .workingDayShift,
    ).toBeNull();
  });

  it('gives the last sick day only for a milestone not reached after recovery', () => {
    const closed = ctx({}, [{ start: '2025-01-06', end: '2025-01-31' }]);
    expect(derive(rule('probleemanalyse'), closed, 'not-reached').recoveredAfter).toBe(
      '2025-01-31',
    );
    expect(derive(rule('ziekmelding-bedrijfsarts'), closed, 'upcoming').recoveredAfter).toBeNull();
    expect(derive(rule('probleemanalyse'), ctx(), 'not-reached').recoveredAfter).toBeNull();
  });

  it('names the field of the trajectory that counted as the event', () => {
    const c = ctx({}, OPEN, { spoor2: { referral: '2025-10-01', intake: '2025-10-08' } });
    expect(derive(rule('start-spoor-2'), c).eventFrom).toBe('spoor2.intake');
  });

  it('passes on why a milestone does not apply', () => {
    const c = ctx();
    const na = { reason: 'aow-during-case', aowDate: '2025-12-01' } as const;
    expect(
      deriveMilestone(row(rule('start-spoor-2'), c), c, EXT, na, 'not-applicable').notApplicable,
    ).toBe(na);
  });

  it('describes a recurring milestone as days after the row it is counted from', () => {
    const c = ctx();
    const pva = row(rule('plan-van-aanpak'), c);
    const [first] = expandRecurring(rule('evaluatie'), c, pva, toDayNumber('2027-01-03'));
    // The plan is due sd(56) = 2 March; evaluation 1 42 sick days later, sd(98) = 13 April 2025.
    expect(deriveMilestone(first!, c, EXT, null, 'upcoming')).toMatchObject({
      rule: 'evaluatie',
      variant: null,
      due: {
        type: 'after',
        milestone: 'plan-van-aanpak',
        label: { nl: 'Plan van aanpak', en: 'Plan of action' },
        from: '2025-03-02',
        recorded: false,
        days: 42,
        counting: 'sick-days',
        date: '2025-04-13',
        gapDays: 0,
        leaveDays: 0,
      },
      windowStart: null,
    });
  });

  it('counts the days of recovery between a recurring milestone and the row before it', () => {
    // Sick to 20 March (sick day 74), fit 21–30 March (10 days), sick from 31 March: the plan is
    // due before the gap (2 March), evaluation 1 at sd(98) = D1 + 97 + 10 = 23 April 2025.
    const gap: SickPeriod[] = [{ start: '2025-01-06', end: '2025-03-20' }, { start: '2025-03-31' }];
    const c = ctx({}, gap);
    const [first] = expandRecurring(rule('evaluatie'), c, row(rule('plan-van-aanpak'), c), null);
    expect(deriveMilestone(first!, c, EXT, null, 'upcoming').due).toMatchObject({
      from: '2025-03-02',
      date: '2025-04-23',
      gapDays: 10,
      counting: 'sick-days',
    });
    // Counted in calendar days nothing is skipped: 2 March + 42 = 13 April.
    const cal = ctx({ processDeadlines: 'calendar' }, gap);
    const [calFirst] = expandRecurring(
      rule('evaluatie'),
      cal,
      row(rule('plan-van-aanpak'), cal),
      null,
    );
    expect(deriveMilestone(calFirst!, cal, EXT, null, 'upcoming').due).toMatchObject({
      date: '2025-04-13',
      gapDays: 0,
      counting: 'calendar-days',
    });
  });
});
