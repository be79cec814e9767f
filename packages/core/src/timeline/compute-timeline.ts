import { toIsoDate } from '../calendar/day-number.js';
import { type CaseContext, createCaseContext, firstEvent } from '../case/case-context.js';
import type { MilestoneRule } from '../rules/milestone-rule.js';
import { MILESTONE_RULES } from '../rules/milestone-rules.js';
import { rulesFor } from '../rules/rules-for.js';
import type { CaseInput, ComputeOptions, Milestone, Timeline } from '../types.js';
import { type AnchorExtras, type DateAnchor, evaluateAnchor } from './evaluate-anchor.js';
import { expandRecurring } from './expand-recurring.js';
import { milestoneStatus } from './milestone-status.js';
import { notApplicable } from './not-applicable.js';
import { rolledDue, variantFor } from './rule-date.js';
import { TimelineMilestone } from './timeline-milestone.js';
import type { TimelineRow } from './timeline-row.js';
import { timelineWarnings } from './timeline-warnings.js';
import { computeWaitingPeriod, verlengingDays } from './waiting-period.js';

/** A computed timeline together with the context it was computed from (for findings). */
export interface TimelineResult {
  ctx: CaseContext;
  timeline: Timeline;
  /** The rule rows the timeline was computed with. */
  rules: readonly MilestoneRule[];
}

/** The rows of the rule table for a case, recurring rows expanded, in table order. */
function timelineRows(
  rules: readonly MilestoneRule[],
  ctx: CaseContext,
  ext: AnchorExtras,
  lastDay: number | null,
): TimelineRow[] {
  const rows: TimelineRow[] = [];
  for (const rule of rules) {
    if (rule.due.type === 'recurring') {
      const after = rule.due.after;
      rows.push(
        ...expandRecurring(
          rule,
          ctx,
          rows.find((r) => r.rule.id === after),
          lastDay,
        ),
      );
      continue;
    }
    const variant = variantFor(rule, 'due', ctx.options);
    const windowVariant = variantFor(rule, 'windowStart', ctx.options);
    const windowAnchor = (windowVariant?.windowStart ?? rule.windowStart) as DateAnchor | undefined;
    const unrolledDue = evaluateAnchor((variant?.due ?? rule.due) as DateAnchor, ctx, ext);
    rows.push({
      rule,
      id: rule.id as TimelineRow['id'],
      occurrence: null,
      label: rule.label,
      due: rolledDue(rule, unrolledDue, ctx),
      unrolledDue,
      windowStart: windowAnchor === undefined ? null : evaluateAnchor(windowAnchor, ctx, ext),
      variant,
      windowVariant,
      event: rule.event ? firstEvent(ctx, rule.event) : undefined,
      afterRow: null,
      afterDay: null,
    });
  }
  return rows;
}

/**
 * Computes the timeline with its context, step by step: the case context (validation, the
 * latest chain, events, options), the rule rows in force for its first sick day, the waiting
 * period with every extension, each row's dates, applicability and status, and the warnings.
 * {@link computeTimeline} returns only the timeline.
 *
 * @param input - The case.
 * @param options - Rule options and `asOf`.
 * @param table - The rule table (a test can pass a synthetic one).
 * @returns The timeline, its context and the rows used.
 * @throws PoortwachterInputError when the case or the options cannot be used.
 */
export function computeTimelineResult(
  input: CaseInput,
  options: ComputeOptions = {},
  table: readonly MilestoneRule[] = MILESTONE_RULES,
): TimelineResult {
  const ctx = createCaseContext(input, options);
  const { chain } = ctx;
  const { rules, older } = rulesFor(chain.firstSickDay, table);

  const aowAtStart = ctx.aowDate !== null && ctx.aowDate <= chain.firstSickDay;
  const waitingPeriod = computeWaitingPeriod(ctx, rules, aowAtStart);
  const lastDay = waitingPeriod.lastDay;
  const aowDuring =
    !aowAtStart &&
    ctx.aowDate !== null &&
    ctx.aowDate <= (lastDay ?? chain.lastSickDay ?? Number.POSITIVE_INFINITY)
      ? ctx.aowDate
      : null;

  const ext: AnchorExtras = { verlenging: verlengingDays(ctx), waitingPeriod };
  const rows = timelineRows(rules, ctx, ext, lastDay);
  const aow = { atStart: aowAtStart, during: aowDuring };
  const shared = { ctx, ext };
  const milestones: Milestone[] = rows.map((row) => {
    const due = row.due;
    const na = notApplicable(row.rule, ctx, due, aow);
    const status = milestoneStatus(
      row.rule,
      due,
      row.event,
      na === null,
      chain.lastSickDay,
      ctx.asOf,
      ctx.options.dueSoonDays,
    );

    return new TimelineMilestone(
      row,
      shared,
      status,
      na,
      row.windowStart === null ? null : toIsoDate(row.windowStart),
      due === null ? null : toIsoDate(due),
    );
  });

  return {
    ctx,
    rules,
    timeline: {
      firstSickDay: toIsoDate(chain.firstSickDay),
      asOf: toIsoDate(ctx.asOf),
      milestones,
      waitingPeriod: {
        lastDay: lastDay === null ? null : toIsoDate(lastDay),
        firstDayAfter: lastDay === null ? null : toIsoDate(lastDay + 1),
      },
      warnings: timelineWarnings(ctx, {
        olderThan: older ? rules[0]!.validFrom : null,
        aowWagePeriodWeeks: waitingPeriod.aowWagePeriodWeeks,
        aowDuring,
      }),
    },
  };
}

/**
 * Computes the Wet verbetering poortwachter timeline of a case: every milestone of the rule
 * table with its window, due date, status as of `asOf`, recorded event, and how its date was
 * found (`derivation`, `explanation`); the waiting period with all extensions; and warnings.
 * The timeline is for the latest chain of sick periods (samentelling). Pure: the same input
 * gives the same output under any time zone.
 *
 * @param input - The case: sick periods (required), leave periods, events, employee, options.
 * @param options - Rule options (override the case file's) and `asOf` (default: today in Amsterdam).
 * @returns The timeline ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#2-timeline | docs/contract.md, "Timeline"}).
 * @throws PoortwachterInputError when the case or the options cannot be used (an impossible
 *   date, overlapping periods, an unknown field, an invalid option, …).
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md | docs/rules.md}; {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#2-timeline | docs/contract.md ("Timeline", "Statuses", "Explanations")}
 * @example
 * ```ts
 * const t = computeTimeline({ sickPeriods: [{ start: '2025-01-06' }] }, { asOf: '2025-02-01' });
 * t.milestones.find((m) => m.id === 'probleemanalyse')?.due; // '2025-02-16' (D1 + 41)
 * t.milestones.find((m) => m.id === 'probleemanalyse')?.explanation.nl; // 'Ziektedag 42 valt op 16 februari 2025.'
 * t.waitingPeriod.lastDay; // '2027-01-03' (D1 + 727)
 * ```
 * @category Timeline
 */
export function computeTimeline(input: CaseInput, options: ComputeOptions = {}): Timeline {
  return computeTimelineResult(input, options).timeline;
}
