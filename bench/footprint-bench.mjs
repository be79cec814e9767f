import { bundleSize } from './bundle-size.mjs';
import { bundleLine, importLine } from './footprint-lines.mjs';
import { FOOTPRINT_TARGETS as T } from './footprint-targets.mjs';
import { importTime } from './import-time.mjs';

/**
 * Measures what the packages cost a user before any work is done: the size of a browser bundle
 * of the whole main entries of core, core + schema and report, and of an app that uses core and
 * schema as a page would, and the time to import each package in a fresh Node process, each with
 * its target ({@link FOOTPRINT_TARGETS}). The progress log names the minified bytes each package
 * puts in a bundle.
 *
 * @param {(line: string) => void} [log] - Receives one progress line per measurement.
 * @returns {Promise<{ lines: string[] }>} One result line per bundle and per package.
 * @example
 * ```js
 * for (const line of (await footprintBench()).lines) console.log(line);
 * ```
 * @category Benchmarks
 */
export async function footprintBench(log = () => {}) {
  const lines = [];
  for (const bundle of T.bundles) {
    const size = await bundleSize(bundle);
    lines.push(bundleLine(bundle, size));
    const parts = Object.entries(size.byPackage)
      .filter(([, bytes]) => bytes > 0)
      .map(([name, bytes]) => `${name} ${(bytes / 1000).toFixed(1)} kB`);
    log(`${lines.at(-1)} [minified, by package: ${parts.join(', ')}]`);
  }
  for (const entry of T.imports) {
    const { medianMs, runsMs } = importTime(entry.name, T.importRuns);
    lines.push(importLine(entry, medianMs));
    log(`${lines.at(-1)} [runs: ${runsMs.map((ms) => Math.round(ms)).join(', ')} ms]`);
  }
  return { lines };
}
