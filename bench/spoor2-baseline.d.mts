/** Types of `spoor2-baseline.mjs`. */
import type { Spoor2Assessment, Spoor2Trajectory } from '@poortwachter/core';

export declare function baselineAssessSpoor2(
  input: { spoor2?: Spoor2Trajectory | null },
  options: { asOf: string },
): Spoor2Assessment | null;
