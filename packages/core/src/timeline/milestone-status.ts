import type { MilestoneKind, MilestoneStatus } from '../types.js';

/**
 * The status of a milestone as of a date (contract.md §3).
 *
 * @param m - `due` and `eventDay` as day numbers (or `null`), whether a motivation was recorded,
 *   the kind, whether the milestone has an event at all, and whether it applies.
 * @param asOf - The day number statuses are computed for.
 * @param dueSoonDays - From how many days before `due` a milestone is `due-soon`.
 * @returns The status.
 * @example
 * ```ts
 * milestoneStatus({ due: 100, eventDay: null, motivated: false, kind: 'legal', hasEvent: true, applies: true }, 101, 14);
 * // 'overdue'
 * ```
 * @category Timeline
 */
export function milestoneStatus(
  m: {
    due: number | null;
    eventDay: number | null;
    motivated: boolean;
    kind: MilestoneKind;
    hasEvent: boolean;
    applies: boolean;
  },
  asOf: number,
  dueSoonDays: number,
): MilestoneStatus {
  if (!m.applies) return 'not-applicable';
  if (m.eventDay !== null) {
    if (m.due === null || m.eventDay <= m.due) return 'done';
    return m.motivated ? 'late-with-motivation' : 'done-late';
  }
  if (m.due === null) return 'not-reached';
  if (asOf > m.due)
    return !m.hasEvent || m.kind === 'info' || m.kind === 'option' ? 'passed' : 'overdue';
  return m.due - dueSoonDays <= asOf ? 'due-soon' : 'upcoming';
}
