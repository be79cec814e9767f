import { isDeepStrictEqual } from 'node:util';
import { assessSpoor2 } from '@poortwachter/core';
import { median } from './median.mjs';
import { runChildren } from './run-children.mjs';
import { baselineAssessSpoor2 } from './spoor2-baseline.mjs';
import { spoor2Inputs, SPOOR2_WORKLOAD as W } from './spoor2-workload.mjs';

/**
 * Runs the spoor-2 benchmark: checks that the baseline gives the same assessments as
 * `assessSpoor2` on the first {@link SPOOR2_WORKLOAD}.checkedTrajectories trajectories, then runs
 * the interleaved measurement in 5 separate processes and takes the medians.
 *
 * @param {(line: string) => void} [log] - Receives one progress line per run.
 * @returns {{ subjectPerSecond: number, baselinePerSecond: number, ratio: number, line: string }}
 *   The medians over the runs and the closing line
 *   `spoor2: N trajectories/s, baseline M/s, R× the baseline`.
 * @throws Error when the baseline's output differs from `assessSpoor2`'s.
 * @example
 * ```js
 * console.log(spoor2Bench().line); // spoor2: 61234 trajectories/s, baseline 2321/s, 26.4× the baseline
 * ```
 * @category Benchmarks
 */
export function spoor2Bench(log = () => {}) {
  const options = { asOf: W.asOf };
  for (const [i, input] of spoor2Inputs(W.checkedTrajectories).entries()) {
    if (!isDeepStrictEqual(baselineAssessSpoor2(input, options), assessSpoor2(input, options)))
      throw new Error(`spoor2 baseline differs on trajectory ${i}`);
  }
  log(`spoor2: baseline equals assessSpoor2 on ${W.checkedTrajectories} trajectories`);
  const results = runChildren(
    new URL('./spoor2-child.mjs', import.meta.url).pathname,
    W.runs,
    (r, run) =>
      log(
        `spoor2 run ${run + 1}/${W.runs}: ${Math.round(r.subjectPerSecond)} trajectories/s, baseline ${Math.round(r.baselinePerSecond)}/s, ${r.ratio.toFixed(1)}× (${r.items} trajectories)`,
      ),
  );
  const subjectPerSecond = median(results.map((r) => r.subjectPerSecond));
  const baselinePerSecond = median(results.map((r) => r.baselinePerSecond));
  const ratio = median(results.map((r) => r.ratio));
  return {
    subjectPerSecond,
    baselinePerSecond,
    ratio,
    line: `spoor2: ${Math.round(subjectPerSecond)} trajectories/s, baseline ${Math.round(baselinePerSecond)}/s, ${ratio.toFixed(1)}× the baseline`,
  };
}
