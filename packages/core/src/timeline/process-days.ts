import type { CaseContext } from '../case/case-context.js';
import { sickDayDate, sickDaysUpTo } from '../periods/sick-day-date.js';

/**
 * The date of process sick-day `n`: sd(n) by default, D1 + n − 1 under
 * `processDeadlines: 'calendar'`; `null` when the chain closed before it.
 *
 * @param ctx - The case context.
 * @param n - The sick-day number.
 * @returns The day number, or `null`.
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
 *
 * @param ctx - The case context.
 * @param from - The day number counted from.
 * @param days - The process days to add.
 * @returns The day number, or `null`.
 */
export function processDaysAfter(ctx: CaseContext, from: number, days: number): number | null {
  if (ctx.options.processDeadlines === 'calendar') {
    const day = from + days;
    return ctx.chain.lastSickDay !== null && day > ctx.chain.lastSickDay ? null : day;
  }
  return sickDayDate(ctx.chain, sickDaysUpTo(ctx.chain, from) + days);
}

/**
 * The days after `from` up to `to` (both day numbers, `from` excluded) that did not count as
 * sick days: leave days (pregnancy and childbirth leave) and the other days of recovery.
 *
 * @param ctx - The case context.
 * @param from - The day counted from (excluded).
 * @param to - The day counted to (included).
 * @param counted - How many days of that stretch counted.
 * @returns The leave days and the other gap days.
 */
export function uncountedDays(
  ctx: CaseContext,
  from: number,
  to: number,
  counted: number,
): { gapDays: number; leaveDays: number } {
  const skipped = to - from - counted;
  if (skipped <= 0) return { gapDays: 0, leaveDays: 0 };
  let leaveDays = 0;
  for (const l of ctx.leave) {
    const a = Math.max(l.start, from + 1);
    const b = Math.min(l.end, to);
    if (b >= a) leaveDays += b - a + 1;
  }
  return { gapDays: skipped - leaveDays, leaveDays };
}
