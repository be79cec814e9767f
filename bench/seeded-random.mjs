/**
 * A small seeded pseudo-random generator (mulberry32), so that every benchmark run and every test
 * sees the same cases.
 *
 * @param {number} seed - Any 32-bit integer.
 * @returns {() => number} A function returning the next number in `[0, 1)`.
 * @example
 * ```js
 * const random = seededRandom(42);
 * random(); // the same number on every machine and every run
 * ```
 * @category Benchmarks
 */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
