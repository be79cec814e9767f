const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const verdict = (met) => (met ? 'met' : 'MISSED');

/**
 * The result line of one browser bundle: sizes minified and gzipped, and the gzip target if it
 * has one, met or missed.
 *
 * The target applies to what an app loads up front; what it loads on first use (`import()`) is
 * named apart.
 *
 * @param {{ name: string, maxGzipKb?: number }} bundle - The bundle and its target.
 * @param {{ minified: number, gzip: number, lazy?: { minified: number, gzip: number } }} size - Its sizes in bytes.
 * @returns {string} E.g. `bundle core + schema: 97.0 kB minified, 28.1 kB gzip (target ≤ 40 kB gzip: met)`.
 * @example
 * ```js
 * bundleLine({ name: 'core' }, { minified: 32_800, gzip: 11_600 }); // 'bundle core: 32.8 kB minified, 11.6 kB gzip'
 * ```
 * @category Benchmarks
 */
export function bundleLine(bundle, size) {
  const target =
    bundle.maxGzipKb === undefined
      ? ''
      : ` (target ≤ ${bundle.maxGzipKb} kB gzip: ${verdict(size.gzip <= bundle.maxGzipKb * 1000)})`;
  const lazy =
    size.lazy && size.lazy.minified > 0
      ? `; on first use ${kb(size.lazy.minified)} minified, ${kb(size.lazy.gzip)} gzip more`
      : '';
  return `bundle ${bundle.name}: ${kb(size.minified)} minified, ${kb(size.gzip)} gzip${target}${lazy}`;
}

/**
 * The result line of one package's import time: the median of fresh processes, the time
 * measured before the lazy loading if known, and the target if it has one, met or missed.
 *
 * @param {{ name: string, beforeMs?: number, maxShareOfBefore?: number }} entry - The package and its target.
 * @param {number} medianMs - The measured median in milliseconds.
 * @returns {string} E.g. `import @poortwachter/report: 24 ms (before 301 ms; target ≤ 100 ms, a third of before: met)`.
 * @example
 * ```js
 * importLine({ name: '@poortwachter/core', beforeMs: 14 }, 13.2); // 'import @poortwachter/core: 13 ms (before 14 ms)'
 * ```
 * @category Benchmarks
 */
export function importLine(entry, medianMs) {
  const notes = [];
  if (entry.beforeMs !== undefined) notes.push(`before ${entry.beforeMs} ms`);
  if (entry.beforeMs !== undefined && entry.maxShareOfBefore !== undefined) {
    const max = entry.beforeMs * entry.maxShareOfBefore;
    notes.push(
      `target ≤ ${Math.round(max)} ms, ${entry.maxShareOfBefore === 1 / 3 ? 'a third' : entry.maxShareOfBefore} of before: ${verdict(medianMs <= max)}`,
    );
  }
  return `import ${entry.name}: ${Math.round(medianMs)} ms${notes.length ? ` (${notes.join('; ')})` : ''}`;
}
