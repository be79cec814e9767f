import { toIsoDate } from '../calendar/day-number.js';
import type { CaseContext } from '../case/case-context.js';
import { AOW_WAGE_PERIOD } from '../eligibility/aow-wage-period.js';
import type { DateBasis, Extension } from '../explain/derivation.js';
import { sickDayDate, sickDaysUpTo } from '../periods/sick-day-date.js';
import type { MilestoneRule } from '../rules/milestone-rule.js';
import { WAITING_PERIOD_EXTENSIONS } from '../rules/waiting-period-extensions.js';
import { uncountedDays } from './process-days.js';
import { rolledDue, ruleDate } from './rule-date.js';

/** Sick-day number of the last day of the 104-week waiting period. */
export const WAITING_PERIOD_SICK_DAYS = 728;

/** The last day of the waiting period (`null` when not reached) and what it was found from. */
export interface WaitingPeriod {
  lastDay: number | null;
  /** The sick day it ends on when not reached, or without the AOW wage period. */
  sickDay: number;
  extensions: Extension[];
  /** The weeks of wage payment when AOW age was reached on the first sick day, else `null`. */
  aowWagePeriodWeeks: number | null;
}

const NO_EXTENSIONS: Extension[] = [];

/**
 * How the waiting period was found, as a derivation basis (written when a derivation is read).
 *
 * @param ctx - The case context.
 * @param w - The waiting period.
 * @returns The basis.
 */
export function waitingPeriodBasis(
  ctx: CaseContext,
  w: WaitingPeriod,
): Extract<DateBasis, { type: 'waiting-period' }> {
  const { lastDay } = w;
  const counted = lastDay === null ? w.sickDay : sickDaysUpTo(ctx.chain, lastDay);
  const skipped =
    lastDay === null
      ? { gapDays: 0, leaveDays: 0 }
      : uncountedDays(ctx, ctx.chain.firstSickDay - 1, lastDay, counted);
  return {
    type: 'waiting-period',
    sickDay: counted,
    date: lastDay === null ? null : toIsoDate(lastDay),
    gapDays: skipped.gapDays,
    leaveDays: skipped.leaveDays,
    extensions: w.extensions,
    aowWagePeriodWeeks: w.aowWagePeriodWeeks,
  };
}

/** The sick days of vrijwillige verlenging recorded in the chain (7 per week; no maximum). */
export function verlengingDays(ctx: CaseContext): number {
  let days = 0;
  for (const e of ctx.events.get('vrijwillige-verlenging') ?? []) days += 7 * (e.event.weeks ?? 0);
  return days;
}

/**
 * The waiting period of a case: when the employee had reached AOW age on the first sick day,
 * the 6 or 13 weeks of wage payment; otherwise sick-day 728 plus every extension: the
 * vrijwillige verlenging (no maximum), the lateness of an event whose row says a late event
 * extends the waiting period (the WIA application), and a loonsanctie of at most 52 weeks added
 * to the end it extends (no absolute cap); a bekortingsbesluit ends the sanction 42 days after
 * its date when that is earlier, never before the unsanctioned end.
 *
 * @param ctx - The case context.
 * @param rules - The rule rows in force (for the row whose late event extends the period).
 * @param aowAtStart - Whether the employee had reached AOW age on the first sick day.
 * @returns The last day and its derivation.
 * @see Wet WIA art. 24 (verlenging), art. 25 lid 9 (loonsanctie); BW 7:629 lid 1 sub b, lid 11 sub a
 */
export function computeWaitingPeriod(
  ctx: CaseContext,
  rules: readonly MilestoneRule[],
  aowAtStart: boolean,
): WaitingPeriod {
  const { chain } = ctx;
  if (aowAtStart) {
    const d1 = toIsoDate(chain.firstSickDay);
    const weeks = AOW_WAGE_PERIOD.find(
      (p) => (p.validFrom ?? '') <= d1 && (p.validTo === null || d1 < p.validTo),
    )!.weeks;
    return {
      lastDay: sickDayDate(chain, 7 * weeks),
      sickDay: 7 * weeks,
      extensions: NO_EXTENSIONS,
      aowWagePeriodWeeks: weeks,
    };
  }

  let extensions = NO_EXTENSIONS;
  const extend = (e: Extension) => {
    if (extensions === NO_EXTENSIONS) extensions = [];
    extensions.push(e);
  };
  const verlenging = verlengingDays(ctx);
  if (verlenging > 0)
    extend({ type: 'vrijwillige-verlenging', weeks: verlenging / 7, days: verlenging });
  let n = WAITING_PERIOD_SICK_DAYS + verlenging;

  for (const rule of rules) {
    if (!rule.lateEventExtendsWaitingPeriod || rule.event === null) continue;
    const event = ctx.events.get(rule.event)?.[0];
    const due = rolledDue(rule, ruleDate(rule, 'due', ctx, { verlenging }), ctx);
    if (event && due !== null && event.day > due) {
      extend({
        type: 'late-wia-aanvraag',
        due: toIsoDate(due),
        eventDate: event.event.date,
        days: event.day - due,
      });
      n += event.day - due;
    }
  }
  const withoutSanction = sickDayDate(chain, n);

  const sanctions = ctx.events.get('loonsanctie') ?? [];
  if (sanctions.length === 0 || withoutSanction === null)
    return { lastDay: withoutSanction, sickDay: n, extensions, aowWagePeriodWeeks: null };
  let weeks = 0;
  for (const s of sanctions) weeks += s.event.weeks ?? 0;
  weeks = Math.min(weeks, WAITING_PERIOD_EXTENSIONS.loonsanctie.maxWeeks);
  extend({ type: 'loonsanctie', weeks, days: 7 * weeks });
  const sanctioned = sickDayDate(chain, n + 7 * weeks);
  if (sanctioned === null)
    return { lastDay: null, sickDay: n + 7 * weeks, extensions, aowWagePeriodWeeks: null };

  const bekorting = (ctx.events.get('bekortingsbesluit') ?? []).find(
    (b) => b.day >= sanctions[0]!.day,
  );
  const shortened = bekorting
    ? bekorting.day + WAITING_PERIOD_EXTENSIONS.bekortingsbesluit.endsAfterDays
    : null;
  if (bekorting && shortened !== null && shortened < sanctioned) {
    const lastDay = Math.max(withoutSanction, shortened);
    extend({
      type: 'bekortingsbesluit',
      decisionDate: bekorting.event.date,
      endsOn: toIsoDate(lastDay),
    });
    return { lastDay: lastDay, sickDay: n + 7 * weeks, extensions, aowWagePeriodWeeks: null };
  }
  return { lastDay: sanctioned, sickDay: n + 7 * weeks, extensions, aowWagePeriodWeeks: null };
}
