// The chunks of a synthetic portfolio, shared by the main thread and the workers of
// portfolio-workers.ts: chunk k holds cases k × chunkSize … made with seed + k, so any thread can
// make any chunk, and the options are the same for every chunk (so the parts merge).
import { syntheticCases } from '../../fixtures/synthetic/synthetic-cases.mjs';

/**
 * The number of chunks of a job.
 *
 * @param {{ cases: number, chunkSize: number }} job - The job.
 * @returns {number} The number of chunks.
 */
export const chunkCount = (job) => Math.ceil(job.cases / job.chunkSize);

/**
 * The cases of chunk `k`, streamed; their references continue from k × chunkSize.
 *
 * @param {{ cases: number, chunkSize: number, seed: number }} job - The job.
 * @param {number} k - The chunk.
 * @returns {Generator<import('@poortwachter/schema').Case>} The cases.
 */
export function chunkCases(job, k) {
  const first = k * job.chunkSize;
  return syntheticCases({
    seed: job.seed + k,
    count: Math.min(job.chunkSize, job.cases - first),
    trajectoryShare: 0.25,
    startIndex: first,
  });
}

/**
 * The options of the summary of chunk `k` (or of the whole job, k = 0).
 *
 * @param {{ asOf: string, groupBy?: string[], chunkSize: number }} job - The job.
 * @param {number} [k] - The chunk.
 * @returns {import('@poortwachter/core').PortfolioOptions} The options.
 */
export const chunkOptions = (job, k = 0) => ({
  asOf: job.asOf,
  ...(job.groupBy && { groupBy: job.groupBy }),
  firstIndex: k * job.chunkSize,
});
