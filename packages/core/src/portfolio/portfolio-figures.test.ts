import { describe, expect, it } from 'vitest';
import { portfolioFigures } from './portfolio-figures.js';
import { emptySlice } from './portfolio-slice.js';
import { summarizePortfolio } from './summarize-portfolio.js';
import { HAND_MADE, HAND_MADE_AS_OF } from './test-helpers.js';

describe('portfolioFigures', () => {
  it('derives shares, means and medians from the hand-made total', () => {
    const f = portfolioFigures(summarizePortfolio(HAND_MADE, { asOf: HAND_MADE_AS_OF }).total);
    expect(f.cases).toBe(7);
    expect(f.phaseShares['jaar-2']).toBeCloseTo(3 / 7);
    // Probleemanalyse: 4 on time, 1 motivated, 0 late, 1 missing of 6 due.
    expect(f.timeliness.probleemanalyse).toEqual({
      measured: 6,
      onTime: 4 / 6,
      lateWithMotivation: 1 / 6,
      late: 0,
      missing: 1 / 6,
      pending: 0,
    });
    // Evaluations: 2 + 0 + 1 + 52 = 55 due; 37 pending.
    expect(f.timeliness.evaluatie.measured).toBe(55);
    expect(f.timeliness.evaluatie.onTime).toBeCloseTo(2 / 55);
    const s = f.spoor2;
    expect(s.started).toBe(3);
    expect(s.startedBeforeWeek52).toBeCloseTo(1 / 3);
    // Start weeks 20, 53, 62: mean 45, lower median 53.
    expect(s.startWeek).toEqual({ count: 3, mean: 45, median: 53 });
    // Weeks from the latest start −38, −4, 4.
    expect(s.weeksFromLatestStart).toEqual({ count: 3, mean: -38 / 3, median: -4 });
    expect(s.durationWeeks).toEqual({ count: 2, mean: 28.5, median: 28 });
    expect(s.applicationsPerWeekMean).toBeCloseTo(0.615); // (1.00 + 0.23) ÷ 2
    expect(s.onlineShareOfHours).toBeCloseTo(0.55); // 5.5 of 10 hours
    expect(s.trajectoriesWithOnlineShare).toBe(0.5);
    expect(s.outcomeShares.lopend).toBeCloseTo(1 / 3);
    expect(s.weeksToOutcome.plaatsing).toEqual({ count: 1, mean: 25, median: 25 });
    // Early: 1 geen → 0; at the deadline: running only → null; late: 1 plaatsing → 1.
    expect(s.workRateByStartTiming).toEqual({
      early: 0,
      'at-deadline': null,
      late: 1,
      unknown: null,
    });
    expect(s.topFindings.map((x) => x.code)).toEqual([
      'spoor-2/few-applications',
      'spoor-2/no-eindrapportage',
      'spoor-2/plan-late',
    ]);
  });

  it('gives null shares, not NaN, for an empty slice', () => {
    const f = portfolioFigures(emptySlice());
    expect(f.phaseShares['jaar-1']).toBeNull();
    expect(f.timeliness.eerstejaarsevaluatie.onTime).toBeNull();
    expect(f.spoor2.startWeek).toEqual({ count: 0, mean: null, median: null });
    expect(JSON.stringify(f)).not.toContain('NaN');
  });
});
