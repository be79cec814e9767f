import type { FindingCode } from '../findings/finding-codes.js';
import { SPOOR2_OUTCOME_KINDS, type Spoor2OutcomeKind } from '../spoor2/spoor2-values.js';
import type { CasePhase } from '../tracks/case-phase.js';
import type { PortfolioSlice } from './portfolio-slice.js';
import {
  CASE_PHASES,
  SPOOR2_OUTCOME_CATEGORIES,
  type Spoor2OutcomeCategory,
} from './slice-keys.js';
import { START_TIMINGS, type StartTiming } from './start-timings.js';
import { TIMELINESS_MEASURES, type TimelinessMeasureId } from './timeliness-measures.js';
import { type WeekStats, weekStats } from './week-stats.js';

/**
 * The timeliness of one measure: how many steps were due (`measured`: on time, late with
 * motivation, late or missing) and the share of each; `pending` steps are not yet due and not in
 * the shares. A share is `null` when nothing was measured.
 *
 * @example
 * ```ts
 * const t: TimelinessFigures = portfolioFigures(summary.total).timeliness.probleemanalyse;
 * ```
 * @category Portfolio
 */
export interface TimelinessFigures {
  measured: number;
  onTime: number | null;
  lateWithMotivation: number | null;
  late: number | null;
  missing: number | null;
  pending: number;
}

/**
 * How often a finding was raised: in how many cases, and how many times.
 *
 * @example
 * ```ts
 * const top: FindingCount = portfolioFigures(summary.total).spoor2.topFindings[0]!;
 * ```
 * @category Portfolio
 */
export interface FindingCount {
  code: FindingCode;
  cases: number;
  raised: number;
}

/**
 * The figures a reader wants from a {@link PortfolioSlice}, derived from its counts: shares
 * (fractions from 0 to 1, `null` when the denominator is 0), means and lower medians. Tracing a
 * derived figure means tracing the cells it is made of.
 *
 * @example
 * ```ts
 * const f: PortfolioFigures = portfolioFigures(summary.total);
 * f.spoor2.startedBeforeWeek52;
 * ```
 * @category Portfolio
 */
export interface PortfolioFigures {
  cases: number;
  phaseShares: Record<CasePhase, number | null>;
  timeliness: Record<TimelinessMeasureId, TimelinessFigures>;
  spoor2: {
    /** Cases whose spoor 2 started on or before the as-of date. */
    started: number;
    /** Of those, the share that started before sick week 52 (`early`). */
    startedBeforeWeek52: number | null;
    startTimingShares: Record<StartTiming, number | null>;
    startWeek: WeekStats;
    weeksFromLatestStart: WeekStats;
    trajectories: number;
    durationWeeks: WeekStats;
    /** The mean of the trajectories' applications a week over their mediation periods. */
    applicationsPerWeekMean: number | null;
    /** Online hours ÷ all hours of guidance. */
    onlineShareOfHours: number | null;
    /** Trajectories with online hours ÷ trajectories with hours. */
    trajectoriesWithOnlineShare: number | null;
    outcomeShares: Record<Spoor2OutcomeCategory, number | null>;
    weeksToOutcome: Record<Spoor2OutcomeKind, WeekStats>;
    /**
     * By start timing: the share of trajectories that ended in work (plaatsing, detachering or
     * proefplaatsing) among those with a result (work or `geen`; running ones left out).
     */
    workRateByStartTiming: Record<StartTiming | 'unknown', number | null>;
    /** Spoor-2 findings, most cases first (then most raised, then by code). */
    topFindings: FindingCount[];
  };
}

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

const WORK: readonly Spoor2OutcomeCategory[] = ['plaatsing', 'detachering', 'proefplaatsing'];

/**
 * Derives the {@link PortfolioFigures} of a slice (the whole portfolio, a month, a quarter of
 * {@link portfolioTrend}, a group).
 *
 * @param slice - The slice.
 * @returns The figures.
 * @see docs/guides/portfolio.md ("Figures")
 * @example
 * ```ts
 * const f = portfolioFigures(summarizePortfolio(cases, { asOf: '2025-09-01' }).total);
 * f.timeliness.probleemanalyse.onTime; // e.g. 0.74
 * f.spoor2.topFindings.slice(0, 3).map((x) => x.code);
 * ```
 * @category Portfolio
 */
export function portfolioFigures(slice: PortfolioSlice): PortfolioFigures {
  const s = slice.spoor2;
  const phaseShares = {} as Record<CasePhase, number | null>;
  for (const p of CASE_PHASES) phaseShares[p] = share(slice.phases[p], slice.cases);

  const timeliness = {} as Record<TimelinessMeasureId, TimelinessFigures>;
  for (const { id } of TIMELINESS_MEASURES) {
    const t = slice.timeliness[id];
    const measured = t['on-time'] + t['late-with-motivation'] + t.late + t.missing;
    timeliness[id] = {
      measured,
      onTime: share(t['on-time'], measured),
      lateWithMotivation: share(t['late-with-motivation'], measured),
      late: share(t.late, measured),
      missing: share(t.missing, measured),
      pending: t.pending,
    };
  }

  const timings = START_TIMINGS.map((t) => t.id);
  const started = timings.reduce((n, t) => n + s.startTiming[t], 0);
  const startTimingShares = {} as Record<StartTiming, number | null>;
  for (const t of timings) startTimingShares[t] = share(s.startTiming[t], started);

  const outcomeShares = {} as Record<Spoor2OutcomeCategory, number | null>;
  for (const o of SPOOR2_OUTCOME_CATEGORIES)
    outcomeShares[o] = share(s.outcomes[o], s.trajectories);
  const weeksToOutcome = {} as Record<Spoor2OutcomeKind, WeekStats>;
  for (const k of SPOOR2_OUTCOME_KINDS) weeksToOutcome[k] = weekStats(s.weeksToOutcome[k]);
  const workRateByStartTiming = {} as Record<StartTiming | 'unknown', number | null>;
  for (const t of [...timings, 'unknown'] as const) {
    const row = s.outcomeByStartTiming[t];
    const work = WORK.reduce((n, o) => n + row[o], 0);
    workRateByStartTiming[t] = share(work, work + row.geen);
  }

  const topFindings: FindingCount[] = [];
  for (const [code, cases] of Object.entries(slice.findings.casesByCode))
    if (code.startsWith('spoor-2/'))
      topFindings.push({
        code: code as FindingCode,
        cases: cases ?? 0,
        raised: slice.findings.byCode[code as FindingCode] ?? 0,
      });
  topFindings.sort(
    (a, b) => b.cases - a.cases || b.raised - a.raised || (a.code < b.code ? -1 : 1),
  );

  return {
    cases: slice.cases,
    phaseShares,
    timeliness,
    spoor2: {
      started,
      startedBeforeWeek52: share(s.startTiming.early, started),
      startTimingShares,
      startWeek: weekStats(s.startWeek),
      weeksFromLatestStart: weekStats(s.weeksFromLatestStart),
      trajectories: s.trajectories,
      durationWeeks: weekStats(s.durationWeeks),
      applicationsPerWeekMean: share(
        s.applicationsPerWeek.sumHundredths / 100,
        s.applicationsPerWeek.trajectories,
      ),
      onlineShareOfHours: share(s.hours.byModeHundredths.online, s.hours.totalHundredths),
      trajectoriesWithOnlineShare: share(
        s.hours.trajectoriesWithOnline,
        s.hours.trajectoriesWithHours,
      ),
      outcomeShares,
      weeksToOutcome,
      workRateByStartTiming,
      topFindings,
    },
  };
}
