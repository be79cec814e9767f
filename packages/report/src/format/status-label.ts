import type { MilestoneStatus } from '@poortwachter/core';

const LABELS: Record<MilestoneStatus, string> = {
  done: 'gedaan',
  'done-late': 'te laat gedaan',
  'late-with-motivation': 'te laat, met motivering',
  overdue: 'verlopen',
  'due-soon': 'binnenkort',
  upcoming: 'gepland',
  passed: 'voorbij',
  'not-reached': 'niet bereikt',
  'not-applicable': 'niet van toepassing',
};

/**
 * The Dutch label of a milestone status, as documents show it.
 *
 * @param status - A milestone status ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#3-statuses | docs/contract.md §3}).
 * @returns The status in Dutch.
 * @example
 * ```ts
 * statusLabel('overdue'); // 'verlopen'
 * ```
 * @category Formatting
 */
export function statusLabel(status: MilestoneStatus): string {
  return LABELS[status];
}
