import { isoDay, randomTools } from '../fixtures/synthetic/random-tools.mjs';
import { syntheticTrajectory } from '../fixtures/synthetic/synthetic-trajectory.mjs';
import { seededRandom } from './seeded-random.mjs';

/**
 * The fixed workload of the spoor-2 benchmark: 10,000 synthetic trajectories of 200 log entries
 * each (referrals spread over 2023–2025, every outcome, some still running), assessed as of one
 * date, measured in units of 100 trajectories; each of the 5 process runs times a different slice
 * of 2,000 (both subject and baseline on the same trajectories), so the 5 runs together cover all
 * 10,000; the fairness check compares 2,000 trajectories before timing.
 *
 * @example
 * ```js
 * const inputs = spoor2Inputs(SPOOR2_WORKLOAD.trajectories);
 * ```
 * @category Benchmarks
 */
export const SPOOR2_WORKLOAD = Object.freeze({
  trajectories: 10_000,
  entries: 200,
  seed: 20250106,
  asOf: '2025-09-01',
  unitSize: 100,
  trajectoriesPerRun: 2_000,
  runs: 5,
  checkedTrajectories: 2_000,
});

const FIRST_REFERRAL = Date.UTC(2023, 0, 2) / 86_400_000;
const LAST_REFERRAL = Date.UTC(2025, 5, 30) / 86_400_000;

/**
 * The benchmark's inputs: `{ spoor2 }` objects (what `assessSpoor2` reads of a case), the same on
 * every run.
 *
 * @param {number} count - How many trajectories.
 * @param {number} [entries] - Log entries per trajectory (default 200).
 * @returns {{ spoor2: import('@poortwachter/core').Spoor2Trajectory }[]} The inputs.
 * @example
 * ```js
 * spoor2Inputs(10)[0].spoor2.applications.length;
 * ```
 * @category Benchmarks
 */
export function spoor2Inputs(count, entries = SPOOR2_WORKLOAD.entries) {
  const random = seededRandom(SPOOR2_WORKLOAD.seed);
  const { int } = randomTools(random);
  const inputs = [];
  for (let i = 0; i < count; i++)
    inputs.push({
      spoor2: syntheticTrajectory(random, {
        referral: isoDay(int(FIRST_REFERRAL, LAST_REFERRAL)),
        entries,
      }),
    });
  return inputs;
}
