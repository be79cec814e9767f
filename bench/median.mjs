/**
 * The median of a list of numbers (the mean of the middle two for an even count).
 *
 * @param {number[]} values - At least one number.
 * @returns {number} The median.
 * @example
 * ```js
 * median([3, 1, 2]); // 2
 * ```
 * @category Benchmarks
 */
export function median(values) {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
