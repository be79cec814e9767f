/** Types of `portfolio-chunks.mjs`. */
import type { PortfolioCase, PortfolioOptions } from '@poortwachter/core';

/** A synthetic portfolio: `cases` cases in chunks of `chunkSize`, chunk k made with seed + k. */
export interface PortfolioJob {
  cases: number;
  chunkSize: number;
  seed: number;
  asOf: string;
  groupBy?: string[];
}
export declare function chunkCount(job: PortfolioJob): number;
export declare function chunkCases(job: PortfolioJob, k: number): Generator<PortfolioCase>;
export declare function chunkOptions(job: PortfolioJob, k?: number): PortfolioOptions;
