/** Types of `portfolio-workload.mjs`. */
import type { Case } from '@poortwachter/schema';

export declare const PORTFOLIO_WORKLOAD: Readonly<{
  cases: number;
  streamedCases: number;
  trajectoryShare: number;
  seed: number;
  asOf: string;
  runs: number;
  streamedRuns: number;
  checkedCases: number;
  warmupCases: number;
  warmupMs: number;
  sampleEvery: number;
}>;
export declare function portfolioCases(count: number): Generator<Case>;
