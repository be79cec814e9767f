import { toIsoDate } from '../calendar/day-number.js';
import { type CaseContext, firstEvent } from '../case/case-context.js';
import type { NotApplicable } from '../explain/derivation.js';
import type { MilestoneRule } from '../rules/milestone-rule.js';

/**
 * Why a milestone does not apply, or `null` when it does: AOW age on the first sick day (unless
 * the row still applies then), a recorded skip event (a ground not to start spoor 2) without
 * the milestone's own event, or AOW age reached before its due date.
 *
 * @param rule - The rule row.
 * @param ctx - The case context.
 * @param due - The milestone's due date (day number or `null`).
 * @param aow - Whether AOW age was reached on the first sick day, and the AOW date when reached
 *   during the case.
 * @returns The reason, or `null`.
 */
export function notApplicable(
  rule: MilestoneRule,
  ctx: CaseContext,
  due: number | null,
  aow: { atStart: boolean; during: number | null },
): NotApplicable | null {
  if (aow.atStart && !rule.appliesAtAowAge) return { reason: 'aow-at-start' };
  if (rule.skipEvent && !(rule.event && firstEvent(ctx, rule.event))) {
    const skip = firstEvent(ctx, rule.skipEvent);
    if (skip)
      return { reason: 'skip-ground', ground: skip.event.ground ?? null, date: skip.event.date };
  }
  if (aow.during !== null && due !== null && due > aow.during)
    return { reason: 'aow-during-case', aowDate: toIsoDate(aow.during) };
  return null;
}
