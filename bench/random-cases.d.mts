/** Types of `random-cases.mjs`. */
import type { CaseInput } from '@poortwachter/core';

export declare function randomCases(count: number, seed?: number): CaseInput[];
