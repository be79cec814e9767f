/** Types of `portfolio-baseline.mjs`. */
import type { PortfolioCase, PortfolioSummary } from '@poortwachter/core';

export declare function naivePortfolioSummary(
  cases: Iterable<PortfolioCase>,
  options: { asOf: string; window?: number; groupBy?: string[] },
): PortfolioSummary;
