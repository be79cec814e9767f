import { toIsoDate } from '../calendar/day-number.js';
import { type CaseContext, firstEvent } from '../case/case-context.js';
import type { DateBasis } from '../explain/derivation.js';
import { type AnchorExtras, type DateAnchor, evaluateAnchor } from './evaluate-anchor.js';
import { uncountedDays } from './process-days.js';
import { waitingPeriodBasis } from './waiting-period.js';

const iso = (day: number | null) => (day === null ? null : toIsoDate(day));

/**
 * Describes how an anchor's date is found for a case ({@link DateBasis}): the sick day or
 * event it is counted from, the days of recovery and leave that did not count, the earlier of
 * two dates, the working day after a date, the waiting period with its extensions. Computed
 * when a milestone's derivation is read, from the same anchor as {@link evaluateAnchor}.
 *
 * @param anchor - The anchor from the rule table.
 * @param ctx - The case context.
 * @param ext - The vrijwillige verlenging and the waiting period.
 * @returns The basis.
 */
export function anchorBasis(anchor: DateAnchor, ctx: CaseContext, ext: AnchorExtras): DateBasis {
  switch (anchor.type) {
    case 'sick-day': {
      const verlengingDays = anchor.followsVerlenging ? ext.verlenging : 0;
      const n = anchor.n + verlengingDays;
      const calendar = anchor.counting === 'process' && ctx.options.processDeadlines === 'calendar';
      const day = evaluateAnchor(anchor, ctx, ext);
      const skipped =
        day === null || calendar
          ? { gapDays: 0, leaveDays: 0 }
          : uncountedDays(ctx, ctx.chain.firstSickDay - 1, day, n);
      return {
        type: 'sick-day',
        sickDay: n,
        counting: calendar ? 'calendar-days' : 'sick-days',
        date: iso(day),
        gapDays: skipped.gapDays,
        leaveDays: skipped.leaveDays,
        verlengingDays,
      };
    }
    case 'event-plus': {
      const event = firstEvent(ctx, anchor.event);
      const otherwise = anchor.otherwise as DateAnchor;
      if (!event) return anchorBasis(otherwise, ctx, ext);
      const fromEvent: DateBasis = {
        type: 'event',
        event: anchor.event,
        eventDate: event.event.date,
        days: anchor.days,
        date: toIsoDate(event.day + anchor.days),
      };
      if (anchor.combine === 'replace') return fromEvent;
      const other = anchorBasis(otherwise, ctx, ext);
      const otherDay = evaluateAnchor(otherwise, ctx, ext);
      const otherWins = otherDay !== null && otherDay < event.day + anchor.days;
      return {
        type: 'earlier-of',
        date: otherWins ? other.date : fromEvent.date,
        chosen: otherWins ? other : fromEvent,
        other: otherWins ? fromEvent : other,
      };
    }
    case 'first-working-day-after':
      return {
        type: 'first-working-day-after',
        of: anchorBasis(anchor.of as DateAnchor, ctx, ext),
        date: iso(evaluateAnchor(anchor, ctx, ext)),
      };
    case 'waiting-period-end':
      return waitingPeriodBasis(ctx, ext.waitingPeriod!);
  }
}
