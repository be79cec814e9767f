import { firstWorkingDayOnOrAfter } from '../calendar/working-day-calendar.js';
import { sickDayDate, sickDaysUpTo } from '../periods/sick-day-date.js';
import type { Anchor } from '../rules/anchor.js';
import { type CaseContext, firstEvent } from './case-context.js';

/**
 * The date of process sick-day `n`: sd(n) by default, D1 + n − 1 under
 * `processDeadlines: 'calendar'`; `null` when the chain closed before it.
 */
export function processDay(ctx: CaseContext, n: number): number | null {
  if (ctx.options.processDeadlines === 'calendar') {
    const day = ctx.chain.firstSickDay + n - 1;
    return ctx.chain.lastSickDay !== null && day > ctx.chain.lastSickDay ? null : day;
  }
  return sickDayDate(ctx.chain, n);
}

/**
 * The date `days` process days after `from`: `days` sick days after the sick days counted up to
 * `from` (calendar days under `processDeadlines: 'calendar'`); `null` when not reached.
 */
export function processDaysAfter(ctx: CaseContext, from: number, days: number): number | null {
  if (ctx.options.processDeadlines === 'calendar') {
    const day = from + days;
    return ctx.chain.lastSickDay !== null && day > ctx.chain.lastSickDay ? null : day;
  }
  return sickDayDate(ctx.chain, sickDaysUpTo(ctx.chain, from) + days);
}

/**
 * Computes the day number an {@link Anchor} points at for a case, or `null` when not reached.
 *
 * @param anchor - The anchor from the rule table.
 * @param ctx - The case context.
 * @param ext - `verlenging`: sick days of vrijwillige verlenging; `lastDay`: the waiting period's last day.
 */
export function evaluateAnchor(
  anchor: Anchor,
  ctx: CaseContext,
  ext: { verlenging: number; lastDay: number | null },
): number | null {
  switch (anchor.type) {
    case 'sick-day': {
      const n = anchor.n + (anchor.followsVerlenging ? ext.verlenging : 0);
      return anchor.counting === 'process' ? processDay(ctx, n) : sickDayDate(ctx.chain, n);
    }
    case 'event-plus': {
      const event = firstEvent(ctx, anchor.event);
      const otherwise =
        anchor.combine === 'earlier' || !event ? evaluateAnchor(anchor.otherwise, ctx, ext) : null;
      if (!event) return otherwise;
      const fromEvent = event.day + anchor.days;
      return otherwise === null ? fromEvent : Math.min(fromEvent, otherwise);
    }
    case 'first-working-day-after': {
      const of = evaluateAnchor(anchor.of, ctx, ext);
      return of === null ? null : firstWorkingDayOnOrAfter(of + 1, ctx.calendar);
    }
    case 'waiting-period-end':
      return ext.lastDay;
  }
}
