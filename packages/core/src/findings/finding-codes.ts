import type { MilestoneId, RecurringRuleId, SkippableRuleId } from '../rules/milestone-rules.js';
import type { Spoor2FindingCode } from '../spoor2/spoor2-finding-rules.js';
import type { CaseFindingCode } from './case-finding-rules.js';
import type { WarningCode } from './warning-rules.js';

/**
 * The statuses of a milestone that need attention and become a finding `<milestone>/<status>`.
 *
 * @example
 * ```ts
 * const s: MilestoneFindingStatus = 'overdue';
 * ```
 * @category Findings
 */
export type MilestoneFindingStatus = 'overdue' | 'done-late' | 'late-with-motivation' | 'due-soon';

/**
 * The code of a milestone finding: `probleemanalyse/overdue`, `evaluatie-3/done-late`, …
 *
 * @example
 * ```ts
 * const code: MilestoneFindingCode = 'plan-van-aanpak/overdue';
 * ```
 * @category Findings
 */
export type MilestoneFindingCode = `${MilestoneId}/${MilestoneFindingStatus}`;

/**
 * Every code `checkCase` can return: a closed union derived from the rule tables. A typo fails to
 * compile and `switch (finding.code)` is checked for completeness.
 *
 * - `<milestone>/<status>`: a milestone that is overdue, late or due soon;
 * - `<rule>/no-decision`: neither the milestone's event nor its skip event by the due date
 *   (`start-spoor-2/no-decision`), in the place of `<rule>/overdue`;
 * - `<recurring rule>/gap`: recorded steps of a series too far apart (`evaluatie/gap`);
 * - the case findings of {@link CASE_FINDING_RULES} and the warnings of {@link WARNING_RULES}.
 *
 * @example
 * ```ts
 * function urgent(f: Finding): boolean {
 *   switch (f.code) {
 *     case 'start-spoor-2/no-decision':
 *     case 'probleemanalyse/overdue':
 *       return true;
 *     default:
 *       return f.severity === 'error';
 *   }
 * }
 * ```
 * @category Findings
 */
export type FindingCode =
  | MilestoneFindingCode
  | `${SkippableRuleId}/no-decision`
  | `${RecurringRuleId}/gap`
  | CaseFindingCode
  | WarningCode
  | Spoor2FindingCode;
