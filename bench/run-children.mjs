import { spawnSync } from 'node:child_process';

/**
 * Runs a benchmark script in `runs` separate Node processes, one after another (never in parallel:
 * they would compete for the two cores), and collects the JSON object each prints as its last line
 * of standard output. The run index (0-based) is passed as the last argument.
 *
 * @param {string} script - Path of the child script.
 * @param {number} runs - How many processes (the protocol takes 5).
 * @param {(result: object, run: number) => void} [onResult] - Called after each run (progress).
 * @returns {object[]} The parsed results, in run order.
 * @throws Error when a run exits non-zero or prints no JSON line.
 * @example
 * ```js
 * const results = runChildren(new URL('./timeline-child.mjs', import.meta.url).pathname, 5);
 * ```
 * @category Benchmarks
 */
export function runChildren(script, runs, onResult = () => {}) {
  const results = [];
  for (let run = 0; run < runs; run++) {
    const child = spawnSync(process.execPath, [script, String(run)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 * 1024 * 1024,
    });
    if (child.status !== 0)
      throw new Error(`${script} run ${run + 1} exited with ${child.status ?? child.signal}`);
    const last = child.stdout.trim().split('\n').pop() ?? '';
    let result;
    try {
      result = JSON.parse(last);
    } catch {
      throw new Error(`${script} run ${run + 1} printed no result line`);
    }
    results.push(result);
    onResult(result, run);
  }
  return results;
}
