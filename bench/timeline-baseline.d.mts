/** Types of `timeline-baseline.mjs`. */
import type { CaseInput, Timeline } from '@poortwachter/core';

export declare function baselineTimeline(input: CaseInput, options: { asOf: string }): Timeline;
