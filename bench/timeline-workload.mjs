/**
 * The fixed workload of the timeline benchmark: 100,000 seeded random cases, statuses as of a
 * fixed date, measured in units of 500 cases; each of the 5 process runs times a different slice
 * of 20,000 cases (both subject and baseline on the same cases), so the 5 runs together cover all
 * 100,000; the fairness check compares 5,000 cases before timing.
 *
 * @example
 * ```js
 * const cases = randomCases(TIMELINE_WORKLOAD.cases, TIMELINE_WORKLOAD.seed);
 * ```
 * @category Benchmarks
 */
export const TIMELINE_WORKLOAD = Object.freeze({
  cases: 100_000,
  seed: 20250106,
  asOf: '2026-07-01',
  unitSize: 500,
  casesPerRun: 20_000,
  runs: 5,
  checkedCases: 5_000,
});
