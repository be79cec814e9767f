import { toDayNumber } from '../calendar/day-number.js';
import type { CaseContext } from '../case/case-context.js';
import { WARNING_RULES, type WarningCode, type WarningParams } from '../findings/warning-rules.js';
import { WAITING_PERIOD_EXTENSIONS } from '../rules/waiting-period-extensions.js';
import type { Warning } from '../types.js';

const warning = (code: WarningCode, params: WarningParams = {}): Warning => ({
  code,
  message: WARNING_RULES[code].message(params),
});

/**
 * The warnings of a timeline: older rules for a first sick day before the table's validity
 * (`rules/version`), AOW age at the start or during the case, an AOW date beyond the published
 * table, a vrijwillige verlenging shorter than 13 weeks.
 *
 * @param ctx - The case context.
 * @param facts - What the timeline found: the table's earliest `validFrom` when older rules
 *   applied, the AOW wage period in weeks when AOW age was reached at the start, the AOW date
 *   when reached during the case.
 * @returns The warnings, in that order.
 */
export function timelineWarnings(
  ctx: CaseContext,
  facts: { olderThan: string | null; aowWagePeriodWeeks: number | null; aowDuring: number | null },
): Warning[] {
  const warnings: Warning[] = [];
  if (facts.olderThan !== null)
    warnings.push(warning('rules/version', { day: toDayNumber(facts.olderThan) }));
  if (facts.aowWagePeriodWeeks !== null)
    warnings.push(warning('aow/at-start', { weeks: facts.aowWagePeriodWeeks }));
  if (facts.aowDuring !== null) warnings.push(warning('aow/during-case', { day: facts.aowDuring }));
  if (ctx.aowUnknown) warnings.push(warning('aow/unknown'));
  if (
    (ctx.events.get('vrijwillige-verlenging') ?? []).some(
      (e) => (e.event.weeks ?? 0) < WAITING_PERIOD_EXTENSIONS['vrijwillige-verlenging'].minWeeks,
    )
  )
    warnings.push(warning('vrijwillige-verlenging/short'));
  return warnings;
}
