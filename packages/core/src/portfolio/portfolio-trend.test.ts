import { describe, expect, it } from 'vitest';
import { portfolioTrend } from './portfolio-trend.js';
import { summarizePortfolio } from './summarize-portfolio.js';
import { HAND_MADE, HAND_MADE_AS_OF } from './test-helpers.js';

describe('portfolioTrend', () => {
  const summary = summarizePortfolio(HAND_MADE, { asOf: HAND_MADE_AS_OF });

  it('gives the months in time order', () => {
    expect(portfolioTrend(summary, 'month').map((p) => [p.period, p.slice.cases])).toEqual([
      ['2023-03', 1],
      ['2023-09', 1],
      ['2024-05', 1],
      ['2024-06', 1],
      ['2024-09', 1],
      ['2025-03', 1],
      ['2025-06', 1],
    ]);
  });

  it('merges the months of a quarter', () => {
    // 2024-Q2: May (PF-6) and June (PF-3); 2024-Q3: September (PF-7).
    const quarters = portfolioTrend(summary, 'quarter');
    expect(quarters.map((p) => [p.period, p.slice.cases])).toEqual([
      ['2023-Q1', 1],
      ['2023-Q3', 1],
      ['2024-Q2', 2],
      ['2024-Q3', 1],
      ['2025-Q1', 1],
      ['2025-Q2', 1],
    ]);
    const q2 = quarters[2]!.slice;
    expect(q2.spoor2Status).toEqual({
      gestart: 1,
      'niet-nodig': 0,
      'niet-van-toepassing': 0,
      vereist: 1,
    });
    // Evaluations overdue: PF-6 10 + PF-3 6.
    expect(q2.statuses.evaluatie.overdue).toBe(16);
  });
});
