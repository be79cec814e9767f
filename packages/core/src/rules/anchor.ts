import type { CaseEventType } from '../types.js';

/**
 * How a rule's date is found, as data the engine reads.
 * - `sick-day`: sd(n). `counting: 'process'` follows the `processDeadlines` option (sick days by
 *   default, calendar days from D1 as the alternative); `'sick-days'` always counts sick days.
 *   `followsVerlenging`: moves with a vrijwillige verlenging (the WIA application stays 11 weeks
 *   before the new end).
 * - `event-plus`: a recorded event's date plus calendar days; without the event, `otherwise`.
 *   `combine: 'earlier'` takes the earlier of both (an unreached `otherwise` yields the event date).
 * - `first-working-day-after`: the first working day on or after the calendar day after `of`.
 * - `waiting-period-end`: the last day of the waiting period, extensions included.
 *
 * @see poortwachter-rules.md §0, §1
 * @example
 * ```ts
 * const weekSix: Anchor = { type: 'sick-day', n: 42, counting: 'process' };
 * ```
 * @category Rules
 */
export type Anchor =
  | { type: 'sick-day'; n: number; counting: 'process' | 'sick-days'; followsVerlenging?: boolean }
  | {
      type: 'event-plus';
      event: CaseEventType;
      days: number;
      otherwise: Anchor;
      combine: 'replace' | 'earlier';
    }
  | { type: 'first-working-day-after'; of: Anchor }
  | { type: 'waiting-period-end' };
