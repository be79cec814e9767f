import { toIsoDate } from '../calendar/day-number.js';
import type { CaseContext } from '../case/case-context.js';
import type { DateBasis, Derivation, NotApplicable } from '../explain/derivation.js';
import { sickDaysUpTo } from '../periods/sick-day-date.js';
import type { MilestoneStatus } from '../types.js';
import { anchorBasis } from './anchor-basis.js';
import type { AnchorExtras } from './evaluate-anchor.js';
import { uncountedDays } from './process-days.js';
import { anchorFor } from './rule-date.js';
import type { TimelineRow } from './timeline-row.js';

const iso = (day: number | null) => (day === null ? null : toIsoDate(day));

/** The basis of a recurring milestone: `every` process days after the row it is counted from. */
function afterBasis(row: TimelineRow, ctx: CaseContext): DateBasis {
  const after = row.afterRow!;
  const every = row.rule.due.type === 'recurring' ? row.rule.due.every : 0;
  const calendar = ctx.options.processDeadlines === 'calendar';
  const from = row.afterDay;
  const skipped =
    from === null || row.due === null || calendar
      ? { gapDays: 0, leaveDays: 0 }
      : uncountedDays(
          ctx,
          from,
          row.due,
          sickDaysUpTo(ctx.chain, row.due) - sickDaysUpTo(ctx.chain, from),
        );
  return {
    type: 'after',
    milestone: after.id,
    label: after.label,
    from: iso(from),
    recorded: after.event !== undefined,
    days: every,
    counting: calendar ? 'calendar-days' : 'sick-days',
    date: iso(row.due),
    gapDays: skipped.gapDays,
    leaveDays: skipped.leaveDays,
  };
}

/**
 * The derivation of a milestone: how its dates were found, as data. Computed when read.
 *
 * @param row - The milestone's row.
 * @param ctx - The case context.
 * @param ext - The vrijwillige verlenging and the waiting period.
 * @param na - Why it does not apply, if so.
 * @param status - Its status.
 * @returns The derivation.
 */
export function deriveMilestone(
  row: TimelineRow,
  ctx: CaseContext,
  ext: AnchorExtras,
  na: NotApplicable | null,
  status: MilestoneStatus,
): Derivation {
  const dueAnchor = anchorFor(row.rule, 'due', ctx.options);
  const windowAnchor = anchorFor(row.rule, 'windowStart', ctx.options);
  const variant = row.variant ?? row.windowVariant;
  return {
    rule: row.rule.id as Derivation['rule'],
    variant: variant ? { option: variant.option, value: variant.value } : null,
    due:
      row.afterRow !== null || dueAnchor === undefined
        ? afterBasis(row, ctx)
        : anchorBasis(dueAnchor, ctx, ext),
    windowStart: windowAnchor === undefined ? null : anchorBasis(windowAnchor, ctx, ext),
    workingDayShift:
      row.due !== row.unrolledDue && row.due !== null && row.unrolledDue !== null
        ? { from: toIsoDate(row.unrolledDue), to: toIsoDate(row.due) }
        : null,
    notApplicable: na,
    recoveredAfter:
      status === 'not-reached' && ctx.chain.lastSickDay !== null
        ? toIsoDate(ctx.chain.lastSickDay)
        : null,
    eventFrom: row.event?.from ?? null,
  };
}
