/** Types of `timeline-difference.mjs`. */
import type { Timeline } from '@poortwachter/core';

export declare function timelineDifference(expected: Timeline, actual: Timeline): string | null;
