import type { IsoDate } from '../types.js';
import type { Spoor2Trajectory } from './spoor2-trajectory.js';

/**
 * The date a trajectory counts as the start of spoor 2 for the `start-spoor-2` milestone when no
 * `start-spoor-2` event is recorded: its intake, else its referral. A recorded event wins; that
 * choice belongs to the caller (the timeline).
 *
 * @param trajectory - The `spoor2` section of a case.
 * @returns The intake date, else the referral date.
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#start | docs/rules.md §7 ("Start")}
 * @example
 * ```ts
 * spoor2StartDate({ referral: '2025-02-10', intake: '2025-02-17' }); // '2025-02-17'
 * spoor2StartDate({ referral: '2025-02-10' }); // '2025-02-10'
 * ```
 * @category Spoor 2
 */
export function spoor2StartDate(trajectory: Spoor2Trajectory): IsoDate {
  return trajectory.intake ?? trajectory.referral;
}
