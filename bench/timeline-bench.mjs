import { computeTimeline } from '@poortwachter/core';
import { median } from './median.mjs';
import { randomCases } from './random-cases.mjs';
import { runChildren } from './run-children.mjs';
import { baselineTimeline } from './timeline-baseline.mjs';
import { timelineDifference } from './timeline-difference.mjs';
import { TIMELINE_WORKLOAD as W } from './timeline-workload.mjs';

/**
 * Runs the timeline benchmark: checks that the baseline gives the same timelines as
 * `computeTimeline` on the first {@link TIMELINE_WORKLOAD}.checkedCases cases, then runs the
 * interleaved measurement in 5 separate processes and takes the medians.
 *
 * @param {(line: string) => void} [log] - Receives one progress line per run.
 * @returns {{ subjectPerSecond: number, baselinePerSecond: number, ratio: number, line: string }}
 *   The medians over the runs and the closing line
 *   `timeline: N cases/s, baseline N cases/s, R× the baseline`.
 * @throws Error when the baseline's output differs from `computeTimeline`'s (then no ratio means anything).
 * @example
 * ```js
 * console.log(timelineBench().line); // timeline: 81234 cases/s, baseline 5321 cases/s, 15.3× the baseline
 * ```
 * @category Benchmarks
 */
export function timelineBench(log = () => {}) {
  const checked = randomCases(W.checkedCases, W.seed);
  for (const [i, c] of checked.entries()) {
    const difference = timelineDifference(
      computeTimeline(c, { asOf: W.asOf }),
      baselineTimeline(c, { asOf: W.asOf }),
    );
    if (difference !== null)
      throw new Error(`timeline baseline differs on case ${i}: ${difference}`);
  }
  log(`timeline: baseline equals computeTimeline on ${checked.length} cases`);
  const results = runChildren(
    new URL('./timeline-child.mjs', import.meta.url).pathname,
    W.runs,
    (r, run) =>
      log(
        `timeline run ${run + 1}/${W.runs}: ${Math.round(r.subjectPerSecond)} cases/s, baseline ${Math.round(r.baselinePerSecond)} cases/s, ${r.ratio.toFixed(1)}× (${r.items} cases)`,
      ),
  );
  const subjectPerSecond = median(results.map((r) => r.subjectPerSecond));
  const baselinePerSecond = median(results.map((r) => r.baselinePerSecond));
  const ratio = median(results.map((r) => r.ratio));
  return {
    subjectPerSecond,
    baselinePerSecond,
    ratio,
    line: `timeline: ${Math.round(subjectPerSecond)} cases/s, baseline ${Math.round(baselinePerSecond)} cases/s, ${ratio.toFixed(1)}× the baseline`,
  };
}
