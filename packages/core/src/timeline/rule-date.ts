import { firstWorkingDayOnOrAfter } from '../calendar/working-day-calendar.js';
import type { CaseContext } from '../case/case-context.js';
import type { ResolvedOptions } from '../options/resolve-options.js';
import type { MilestoneRule, RuleVariant } from '../rules/milestone-rule.js';
import { type AnchorExtras, type DateAnchor, evaluateAnchor } from './evaluate-anchor.js';

/**
 * The option variant of a rule row whose anchor for `field` applies under the options, if any.
 *
 * @param rule - The rule row.
 * @param field - `due` or `windowStart`.
 * @param options - The resolved options.
 * @returns The variant, or `null` for the row's own reading.
 */
export function variantFor(
  rule: MilestoneRule,
  field: 'due' | 'windowStart',
  options: ResolvedOptions,
): RuleVariant | null {
  const variants = rule.variants;
  if (variants === undefined) return null;
  for (const v of variants) if (options[v.option] === v.value && v[field]) return v;
  return null;
}

/**
 * The anchor of a rule row for `field` under the options: the variant's, else the row's own.
 *
 * @param rule - The rule row.
 * @param field - `due` or `windowStart`.
 * @param options - The resolved options.
 * @returns The anchor, or `undefined` when the row has none for `field`.
 */
export function anchorFor(
  rule: MilestoneRule,
  field: 'due' | 'windowStart',
  options: ResolvedOptions,
): DateAnchor | undefined {
  return (variantFor(rule, field, options)?.[field] ?? rule[field]) as DateAnchor | undefined;
}

/**
 * The date of a rule row's anchor for a case (a day number, `null` when not reached or absent).
 *
 * @param rule - The rule row (not a recurring one).
 * @param field - `due` or `windowStart`.
 * @param ctx - The case context.
 * @param ext - The vrijwillige verlenging and the waiting period.
 * @returns The day number, or `null`.
 */
export function ruleDate(
  rule: MilestoneRule,
  field: 'due' | 'windowStart',
  ctx: CaseContext,
  ext: AnchorExtras,
): number | null {
  const anchor = anchorFor(rule, field, ctx.options);
  return anchor === undefined ? null : evaluateAnchor(anchor, ctx, ext);
}

/**
 * A due date moved to the next working day when the row rolls and the option
 * `weekendDeadlines: 'roll-to-working-day'` is set; unchanged otherwise.
 *
 * @param rule - The rule row.
 * @param due - The due date (day number or `null`).
 * @param ctx - The case context.
 * @returns The due date after the move.
 */
export function rolledDue(
  rule: MilestoneRule,
  due: number | null,
  ctx: CaseContext,
): number | null {
  return due !== null &&
    rule.rollsToWorkingDay &&
    ctx.options.weekendDeadlines === 'roll-to-working-day'
    ? firstWorkingDayOnOrAfter(due, ctx.calendar)
    : due;
}
