import type { MilestoneKind, MilestoneStatus } from '../types.js';

/** What the status of a milestone depends on, as day numbers. */
export interface StatusFacts {
  /** The due date, `null` when not reached. */
  due: number | null;
  /** The recorded event's date, if any. */
  eventDay: number | null;
  /** Whether the recorded event carries a motivation. */
  motivated: boolean;
  kind: MilestoneKind;
  /** Whether the milestone has an event at all (`einde-wachttijd` has none: it passes). */
  hasEvent: boolean;
  applies: boolean;
  /** The last sick day of a closed chain, `null` while still sick. */
  lastSickDay: number | null;
}

/**
 * The status of a milestone as of a date (docs/contract.md, "Statuses"). A recorded event makes
 * it `done` or late; without one, a milestone whose due date lies after the last sick day of a
 * closed chain is `not-reached`, whatever its anchor: no duty arises after full recovery.
 *
 * @param m - The facts of the milestone.
 * @param asOf - The day number statuses are computed for.
 * @param dueSoonDays - From how many days before `due` a milestone is `due-soon`.
 * @returns The status.
 */
export function milestoneStatus(
  m: StatusFacts,
  asOf: number,
  dueSoonDays: number,
): MilestoneStatus {
  if (!m.applies) return 'not-applicable';
  if (m.eventDay !== null) {
    if (m.due === null || m.eventDay <= m.due) return 'done';
    return m.motivated ? 'late-with-motivation' : 'done-late';
  }
  if (m.due === null || (m.lastSickDay !== null && m.lastSickDay < m.due)) return 'not-reached';
  if (asOf > m.due)
    return !m.hasEvent || m.kind === 'info' || m.kind === 'option' ? 'passed' : 'overdue';
  return m.due - dueSoonDays <= asOf ? 'due-soon' : 'upcoming';
}
