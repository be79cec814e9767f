/**
 * What the footprint benchmark measures and the targets it holds the figures to.
 *
 * - `bundles`: browser bundles (esbuild, every dependency included). With `packages`, an app that
 *   re-exports everything of those main entries: the most an app can carry, an upper bound. With
 *   `app`, a real app module (`footprint-app.mjs`: `parseCase`, `computeTimeline`, `checkCase`,
 *   `formatIssue`) of which the bundler keeps only what it uses. `maxGzipKb` is the target for the
 *   gzipped size; issue 7's "core + schema at most 40 kB gzip" is held to the app.
 * - `imports`: packages whose main entry is imported in a fresh Node process; `beforeMs` is
 *   the median import time measured before the packages were made to load docx, date-fns, resvg
 *   and zod lazily (9 processes, 2026-12-04, load average 0.7), and `maxShareOfBefore` the
 *   target as a share of it.
 * - `importRuns`: processes per package (the median is printed).
 *
 * @example
 * ```js
 * FOOTPRINT_TARGETS.imports.find((i) => i.name === '@poortwachter/report').beforeMs; // 301
 * ```
 * @category Benchmarks
 */
export const FOOTPRINT_TARGETS = Object.freeze({
  bundles: [
    { name: 'core, whole main entry', packages: ['@poortwachter/core'] },
    {
      name: 'core + schema, whole main entries',
      packages: ['@poortwachter/core', '@poortwachter/schema'],
    },
    {
      name: 'app on core + schema (parseCase, computeTimeline, checkCase, formatIssue)',
      app: 'footprint-app.mjs',
      maxGzipKb: 40,
    },
    { name: 'report, whole main entry', packages: ['@poortwachter/report'] },
  ],
  imports: [
    { name: '@poortwachter/core', beforeMs: 14 },
    { name: '@poortwachter/schema', beforeMs: 116 },
    { name: '@poortwachter/report', beforeMs: 301, maxShareOfBefore: 1 / 3 },
    { name: '@poortwachter/report/node', beforeMs: 285 },
    { name: '@poortwachter/report/blocks' },
  ],
  importRuns: 9,
});
