/** Types of `spoor2-workload.mjs`. */
import type { Spoor2Trajectory } from '@poortwachter/core';

export declare const SPOOR2_WORKLOAD: Readonly<{
  trajectories: number;
  entries: number;
  seed: number;
  asOf: string;
  unitSize: number;
  trajectoriesPerRun: number;
  runs: number;
  checkedTrajectories: number;
}>;
export declare function spoor2Inputs(count: number, entries?: number): { spoor2: Spoor2Trajectory }[];
