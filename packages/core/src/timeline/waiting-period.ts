import { sickDayDate } from '../periods/sick-day-date.js';
import type { CaseContext } from './case-context.js';

/** Sick-day number of the last day of the 104-week waiting period. */
export const WAITING_PERIOD_SICK_DAYS = 728;
/** A loonsanctie never extends the waiting period past sick-day 1092 (end of week 156). */
export const MAX_SANCTION_SICK_DAY = 1092;
/** The most weeks one loonsanctie may last. */
export const MAX_SANCTION_WEEKS = 52;
/** A bekortingsbesluit ends the loonsanctie this many days after its date. */
export const BEKORTING_DAYS = 42;

/** The sick days of vrijwillige verlenging recorded in the chain (7 per week). */
export function verlengingDays(ctx: CaseContext): number {
  let days = 0;
  for (const e of ctx.events.get('vrijwillige-verlenging') ?? []) days += 7 * (e.event.weeks ?? 0);
  return days;
}

/**
 * The last day of the waiting period with every extension: sd(728 + e) where e adds the
 * vrijwillige verlenging, a late WIA application (event date − due date) and a loonsanctie
 * (never past sd(1092)); a bekortingsbesluit ends the sanction 42 days after its date when that
 * is earlier. `null` when the chain closed before it.
 *
 * @param ctx - The case context.
 * @param wiaAanvraagDue - The due date of the WIA application (to measure a late application).
 * @see Wet WIA art. 24 (verlenging), art. 25 lid 9 (loonsanctie); BW 7:629 lid 11 sub a; poortwachter-rules.md §1
 */
export function waitingPeriodLastDay(
  ctx: CaseContext,
  wiaAanvraagDue: number | null,
): number | null {
  let n = WAITING_PERIOD_SICK_DAYS + verlengingDays(ctx);
  const wia = ctx.events.get('wia-aanvraag')?.[0];
  if (wia && wiaAanvraagDue !== null && wia.day > wiaAanvraagDue) n += wia.day - wiaAanvraagDue;
  const withoutSanction = sickDayDate(ctx.chain, n);

  const sanctions = ctx.events.get('loonsanctie') ?? [];
  if (sanctions.length === 0 || withoutSanction === null) return withoutSanction;
  let weeks = 0;
  for (const s of sanctions) weeks += s.event.weeks ?? 0;
  const sanctioned = sickDayDate(
    ctx.chain,
    Math.min(n + 7 * Math.min(weeks, MAX_SANCTION_WEEKS), MAX_SANCTION_SICK_DAY),
  );
  if (sanctioned === null) return null;
  const bekorting = (ctx.events.get('bekortingsbesluit') ?? []).find(
    (b) => b.day >= sanctions[0]!.day,
  );
  if (!bekorting) return Math.max(sanctioned, withoutSanction);
  return Math.max(withoutSanction, Math.min(sanctioned, bekorting.day + BEKORTING_DAYS));
}
