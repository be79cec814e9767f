import type { DatedEvent } from '../case/case-context.js';
import type { MilestoneRule } from '../rules/milestone-rule.js';
import type { MilestoneStatus } from '../types.js';

/**
 * The status of a milestone as of a date ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#3-statuses | docs/contract.md §3}). A recorded event makes it `done`
 * or late; without one, a milestone whose due date lies after the last sick day of a closed
 * chain is `not-reached`, whatever its anchor: no duty arises after full recovery.
 *
 * @param rule - The milestone's row (kind, and whether it has an event at all).
 * @param due - The due date (day number), `null` when not reached.
 * @param event - The recorded event, if any: its day and whether it carries a motivation.
 * @param applies - Whether the milestone applies.
 * @param lastSickDay - The last sick day of a closed chain, `null` while still sick.
 * @param asOf - The day number statuses are computed for.
 * @param dueSoonDays - From how many days before `due` a milestone is `due-soon`.
 * @returns The status.
 */
export function milestoneStatus(
  rule: MilestoneRule,
  due: number | null,
  event: DatedEvent | undefined,
  applies: boolean,
  lastSickDay: number | null,
  asOf: number,
  dueSoonDays: number,
): MilestoneStatus {
  if (!applies) return 'not-applicable';
  if (event !== undefined) {
    if (due === null || event.day <= due) return 'done';
    return event.event.motivation?.trim() ? 'late-with-motivation' : 'done-late';
  }
  if (due === null || (lastSickDay !== null && lastSickDay < due)) return 'not-reached';
  if (asOf > due)
    return rule.event === null || rule.kind === 'info' || rule.kind === 'option'
      ? 'passed'
      : 'overdue';
  return due - dueSoonDays <= asOf ? 'due-soon' : 'upcoming';
}
