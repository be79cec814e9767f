import { summarizePortfolio } from '@poortwachter/core';
import { describe, expect, it } from 'vitest';
import { syntheticCases } from '../fixtures/synthetic/synthetic-cases.mjs';
import { HAND_MADE } from '../packages/core/src/portfolio/test-helpers.js';
import { naivePortfolioSummary } from './portfolio-baseline.mjs';

describe('the naive portfolio baseline (bench/portfolio-baseline.mjs)', () => {
  const cases = [...syntheticCases({ seed: 11, count: 300, trajectoryShare: 0.25 }), ...HAND_MADE];

  it('gives the same summary as summarizePortfolio, byte for byte, grouped by every key', () => {
    const options = { asOf: '2025-09-01' };
    expect(JSON.stringify(naivePortfolioSummary(cases, options))).toBe(
      JSON.stringify(summarizePortfolio(cases, options)),
    );
  });

  it('and with a window and grouping keys of its own, on another date', () => {
    const options = { asOf: '2024-11-18', window: 30, groupBy: ['afdeling', 'team'] };
    expect(JSON.stringify(naivePortfolioSummary(cases, options))).toBe(
      JSON.stringify(summarizePortfolio(cases, options)),
    );
  });
});
