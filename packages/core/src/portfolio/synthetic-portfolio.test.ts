import { describe, expect, it } from 'vitest';
import { syntheticCases } from '../../../../fixtures/synthetic/synthetic-cases.mjs';
import { SPOOR2_SKIP_GROUNDS } from '../case/spoor2-skip-grounds.js';
import { portfolioFigures } from './portfolio-figures.js';
import { summarizePortfolio } from './summarize-portfolio.js';
import { TIMELINESS_MEASURES, TIMELINESS_OUTCOMES } from './timeliness-measures.js';

// The synthetic generator (fixtures/synthetic) as a portfolio: 3,000 cases, a quarter with a
// trajectory, viewed on 1 September 2025.
const summary = summarizePortfolio(
  syntheticCases({ seed: 7, count: 3000, trajectoryShare: 0.25 }),
  {
    asOf: '2025-09-01',
    groupBy: ['afdeling', 'locatie', 'functiegroep'],
  },
);
const { total } = summary;

describe('the synthetic generator gives a realistic portfolio', () => {
  it('has cases in every phase and every state of spoor 2, and every skip ground', () => {
    expect(summary.invalid).toBe(0);
    expect(total.cases).toBe(3000);
    for (const n of Object.values(total.phases)) expect(n).toBeGreaterThan(100);
    for (const n of Object.values(total.spoor2Status)) expect(n).toBeGreaterThan(20);
    for (const { ground } of SPOOR2_SKIP_GROUNDS)
      expect(total.skipGrounds[ground]).toBeGreaterThan(5);
  });

  it('has steps on time, late with a motivation, late and missing for every measure', () => {
    for (const { id } of TIMELINESS_MEASURES)
      for (const outcome of TIMELINESS_OUTCOMES.slice(0, 4))
        expect(total.timeliness[id][outcome], `${id} ${outcome}`).toBeGreaterThan(10);
  });

  it('has spoor-2 starts early, at the deadline and late, and every outcome; early starts end in work more often', () => {
    for (const n of Object.values(total.spoor2.startTiming)) expect(n).toBeGreaterThan(50);
    for (const n of Object.values(total.spoor2.outcomes)) expect(n).toBeGreaterThan(30);
    const { workRateByStartTiming: rate } = portfolioFigures(total).spoor2;
    expect(rate.early!).toBeGreaterThan(rate['at-deadline']!);
    expect(rate['at-deadline']!).toBeGreaterThan(rate.late!);
    expect(total.findings.casesByCode['einde-dienstverband/riv-volledig']).toBeGreaterThan(5);
  });

  it('has groups, and departments that differ in timeliness', () => {
    expect(Object.keys(summary.byGroup)).toEqual(['afdeling', 'functiegroep', 'locatie']);
    expect(Object.keys(summary.byGroup.afdeling!)).toHaveLength(7);
    const onTime = (afdeling: string) =>
      portfolioFigures(summary.byGroup.afdeling![afdeling]!).timeliness.probleemanalyse.onTime!;
    expect(onTime('Administratie')).toBeGreaterThan(onTime('Transport'));
  });

  it('continues references from startIndex, for parts made with different seeds', () => {
    const refs = [...syntheticCases({ seed: 9, count: 2, startIndex: 1000 })].map(
      (c) => c.externalRef,
    );
    expect(refs).toEqual(['SYN-001001', 'SYN-001002']);
  });
});
