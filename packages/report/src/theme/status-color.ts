import type { MilestoneStatus } from '@poortwachter/core';
import type { StatusColors } from './theme.js';

const KEYS: Record<MilestoneStatus, keyof StatusColors> = {
  done: 'done',
  'done-late': 'late',
  'late-with-motivation': 'late',
  overdue: 'overdue',
  'due-soon': 'dueSoon',
  upcoming: 'upcoming',
  passed: 'inactive',
  'not-reached': 'inactive',
  'not-applicable': 'inactive',
};

/**
 * The theme colour of a milestone status (hex `RRGGBB`).
 *
 * @param status - A milestone status.
 * @param colors - The status colours of a theme.
 * @returns The colour for tables and the timeline picture.
 * @example
 * ```ts
 * statusColor('overdue', defaultTheme.colors.status); // 'C62828'
 * ```
 * @category Theme
 */
export function statusColor(status: MilestoneStatus, colors: StatusColors): string {
  return colors[KEYS[status]];
}
