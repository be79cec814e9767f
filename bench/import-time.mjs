import { spawnSync } from 'node:child_process';
import { median } from './median.mjs';

/**
 * The time `import(name)` takes in a fresh Node process: the package's built main entry with
 * everything it loads, as a CLI or server pays it at start-up. Each run is a new process (so no
 * module cache is warm); the figure is the median of the runs.
 *
 * @param {string} name - A package name, resolved from the repository root.
 * @param {number} [runs] - How many processes (default 7).
 * @returns {{ medianMs: number, runsMs: number[] }} The median and each run's time in milliseconds.
 * @throws Error when a process fails to import the package.
 * @example
 * ```js
 * importTime('@poortwachter/core').medianMs; // 12.3
 * ```
 * @category Benchmarks
 */
export function importTime(name, runs = 7) {
  const code = `const t = performance.now(); await import(${JSON.stringify(name)}); console.log(performance.now() - t);`;
  const runsMs = [];
  for (let run = 0; run < runs; run++) {
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd: new URL('.', import.meta.url).pathname,
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`import('${name}') failed: ${child.stderr.trim()}`);
    runsMs.push(Number(child.stdout.trim()));
  }
  return { medianMs: median(runsMs), runsMs };
}
