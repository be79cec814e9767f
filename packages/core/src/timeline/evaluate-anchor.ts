import { firstWorkingDayOnOrAfter } from '../calendar/working-day-calendar.js';
import { type CaseContext, firstEvent } from '../case/case-context.js';
import { sickDayDate } from '../periods/sick-day-date.js';
import type { Anchor } from '../rules/anchor.js';
import { processDay } from './process-days.js';
import type { WaitingPeriod } from './waiting-period.js';

/** An anchor of a single date: every anchor but `recurring` (expanded by `expandRecurring`). */
export type DateAnchor = Exclude<Anchor, { type: 'recurring' }>;

/** What anchors need beyond the case: the vrijwillige verlenging and the waiting period. */
export interface AnchorExtras {
  /** Sick days of vrijwillige verlenging. */
  verlenging: number;
  /** The waiting period; absent while it is being computed. */
  waitingPeriod?: WaitingPeriod;
}

/**
 * Computes the date an anchor points at for a case: a day number, or `null` when the sickness
 * ended before it (not reached). `anchorBasis` describes the same computation for explanations.
 *
 * @param anchor - The anchor from the rule table.
 * @param ctx - The case context.
 * @param ext - The vrijwillige verlenging and the waiting period.
 * @returns The day number, or `null`.
 */
export function evaluateAnchor(
  anchor: DateAnchor,
  ctx: CaseContext,
  ext: AnchorExtras,
): number | null {
  switch (anchor.type) {
    case 'sick-day': {
      const n = anchor.n + (anchor.followsVerlenging ? ext.verlenging : 0);
      return anchor.counting === 'process' ? processDay(ctx, n) : sickDayDate(ctx.chain, n);
    }
    case 'event-plus': {
      const event = firstEvent(ctx, anchor.event);
      if (!event) return evaluateAnchor(anchor.otherwise as DateAnchor, ctx, ext);
      const day = event.day + anchor.days;
      if (anchor.combine === 'replace') return day;
      const other = evaluateAnchor(anchor.otherwise as DateAnchor, ctx, ext);
      return other !== null && other < day ? other : day;
    }
    case 'first-working-day-after': {
      const of = evaluateAnchor(anchor.of as DateAnchor, ctx, ext);
      return of === null ? null : firstWorkingDayOnOrAfter(of + 1, ctx.calendar);
    }
    case 'waiting-period-end':
      // The waiting period is computed before any milestone that ends with it.
      return ext.waitingPeriod!.lastDay;
  }
}
