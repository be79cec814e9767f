import { syntheticCases } from '../fixtures/synthetic/synthetic-cases.mjs';

/**
 * The fixed workload of the portfolio benchmark: 100,000 synthetic cases (a quarter with a
 * spoor-2 trajectory of 60 log entries; `fixtures/synthetic`, seed 20250106) summarised as of
 * 1 September 2025, grouped by every key of `groups` (afdeling, locatie, functiegroep); the same
 * generator streams 1,000,000 cases for the memory check. Speed: 5 processes; memory at 100,000:
 * 5 processes; at 1,000,000: 3 processes (a minute each); the naive way's memory: 1 process.
 * Memory is the process's resident set size, sampled every `sampleEvery` cases.
 *
 * @example
 * ```js
 * const cases = [...portfolioCases(PORTFOLIO_WORKLOAD.cases)];
 * ```
 * @category Benchmarks
 */
export const PORTFOLIO_WORKLOAD = Object.freeze({
  cases: 100_000,
  streamedCases: 1_000_000,
  trajectoryShare: 0.25,
  seed: 20250106,
  asOf: '2025-09-01',
  runs: 5,
  streamedRuns: 3,
  checkedCases: 2_000,
  warmupCases: 2_000,
  warmupMs: 2_000,
  sampleEvery: 1_000,
});

/**
 * The benchmark's cases, generated one at a time (the same on every run).
 *
 * @param {number} count - How many.
 * @returns {Generator<import('@poortwachter/schema').Case>} The cases.
 * @example
 * ```js
 * for (const c of portfolioCases(10)) console.log(c.externalRef);
 * ```
 * @category Benchmarks
 */
export function portfolioCases(count) {
  return syntheticCases({
    seed: PORTFOLIO_WORKLOAD.seed,
    count,
    trajectoryShare: PORTFOLIO_WORKLOAD.trajectoryShare,
  });
}
