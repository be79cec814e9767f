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
 * - `recurring`: a series (`<id>-1`, `<id>-2`, …), each `every` process days after the later of
 *   the previous one (recorded date, else its due date) and the milestone `after` (recorded
 *   date, else its due date); generated while the due date lies within the waiting period.
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#0-counting | docs/rules.md ("Counting", "Milestones")}
 * @example
 * ```ts
 * const weekSix: Anchor = { type: 'sick-day', n: 42, counting: 'process' };
 * const everySixWeeks: Anchor = { type: 'recurring', every: 42, counting: 'process', after: 'plan-van-aanpak' };
 * ```
 * @category Rules
 */
export type Anchor =
  | {
      readonly type: 'sick-day';
      readonly n: number;
      readonly counting: 'process' | 'sick-days';
      readonly followsVerlenging?: boolean;
    }
  | {
      readonly type: 'event-plus';
      readonly event: CaseEventType;
      readonly days: number;
      readonly otherwise: Anchor;
      readonly combine: 'replace' | 'earlier';
    }
  | { readonly type: 'first-working-day-after'; readonly of: Anchor }
  | { readonly type: 'waiting-period-end' }
  | {
      readonly type: 'recurring';
      readonly every: number;
      readonly counting: 'process';
      readonly after: string;
    };
