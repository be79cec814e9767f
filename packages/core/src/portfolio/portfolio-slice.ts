import type { FindingCode } from '../findings/finding-codes.js';
import type { RuleId } from '../rules/milestone-rules.js';
import type { Spoor2CurrentPhase } from '../spoor2/current-spoor2-phase.js';
import type { Spoor2PhaseId } from '../spoor2/spoor2-phases.js';
import {
  SPOOR2_ACTIVITY_MODES,
  SPOOR2_OUTCOME_KINDS,
  type Spoor2ActivityMode,
  type Spoor2OutcomeKind,
} from '../spoor2/spoor2-values.js';
import type { CasePhase } from '../tracks/case-phase.js';
import type { Spoor2Status } from '../tracks/spoor2-status.js';
import type { MilestoneStatus, Severity, Spoor2SkipGround } from '../types.js';
import {
  APPLICATIONS_PER_WEEK_BINS,
  type ApplicationsPerWeekBinId,
} from './applications-per-week-bins.js';
import {
  CASE_PHASES,
  MILESTONE_STATUSES,
  RULE_IDS,
  SEVERITIES,
  SKIP_GROUNDS,
  SPOOR1_STATES,
  SPOOR2_CURRENT_PHASES,
  SPOOR2_OUTCOME_CATEGORIES,
  SPOOR2_PHASE_IDS,
  SPOOR2_STATES,
  type Spoor2OutcomeCategory,
} from './slice-keys.js';
import { START_TIMINGS, type StartTiming } from './start-timings.js';
import {
  TIMELINESS_MEASURES,
  TIMELINESS_OUTCOMES,
  type TimelinessMeasureId,
  type TimelinessOutcome,
} from './timeliness-measures.js';

/**
 * A histogram of whole weeks: the number of cases (or trajectories) per week, keyed by the
 * week written as a whole number (`"52"`, `"-3"`). Only weeks that occur are present.
 *
 * @example
 * ```ts
 * const startWeeks: WeekHistogram = { '48': 3, '52': 10, '57': 2 };
 * ```
 * @category Portfolio
 */
export type WeekHistogram = Record<string, number>;

/**
 * The spoor-2 figures of a {@link PortfolioSlice}. Every cell is a count or an exact integer sum
 * (hours in hundredths), so that slices add up exactly; shares, means and medians are derived by
 * {@link portfolioFigures}.
 *
 * @example
 * ```ts
 * const s: PortfolioSpoor2Slice = summarizePortfolio(cases, { asOf: '2025-09-01' }).total.spoor2;
 * s.outcomes.plaatsing;
 * ```
 * @category Portfolio
 */
export interface PortfolioSpoor2Slice {
  /** Cases whose spoor 2 started on or before the as-of date, by the sick week of the start. */
  startWeek: WeekHistogram;
  /**
   * The same starts by week relative to the latest start (`start-spoor-2` due date):
   * ⌈(start − latest start) ÷ 7⌉, so 0 is the week up to and including it, negative before it.
   * Starts whose latest start is not reached are left out.
   */
  weeksFromLatestStart: WeekHistogram;
  /** The same starts by {@link START_TIMINGS}. */
  startTiming: Record<StartTiming, number>;
  /** Cases with a spoor-2 trajectory (a `spoor2` section). */
  trajectories: number;
  /** Trajectories by their current phase. */
  phase: Record<Spoor2CurrentPhase, number>;
  /** Trajectories by the furthest phase started on or before the as-of date. */
  furthestPhase: Record<Spoor2PhaseId, number>;
  /** Ended trajectories by whole weeks from the intake (else referral) to the end. */
  durationWeeks: WeekHistogram;
  /** Trajectories with a mediation period: their applications a week. */
  applicationsPerWeek: {
    trajectories: number;
    /** The sum of the rates in hundredths (the mean is this ÷ 100 ÷ trajectories). */
    sumHundredths: number;
    bins: Record<ApplicationsPerWeekBinId, number>;
  };
  /** Hours of guidance in hundredths, and trajectories with hours and with online hours. */
  hours: {
    totalHundredths: number;
    byModeHundredths: Record<Spoor2ActivityMode, number>;
    trajectoriesWithHours: number;
    trajectoriesWithOnline: number;
  };
  /** Trajectories by outcome category. */
  outcomes: Record<Spoor2OutcomeCategory, number>;
  /** Trajectories with an outcome, by kind and whole weeks from the intake (else referral). */
  weeksToOutcome: Record<Spoor2OutcomeKind, WeekHistogram>;
  /** Trajectories by the start timing of their case (`unknown`: not started by the as-of date) and outcome. */
  outcomeByStartTiming: Record<StartTiming | 'unknown', Record<Spoor2OutcomeCategory, number>>;
}

/**
 * The figures of a set of cases (the whole portfolio, one month of first sick days, one group):
 * counts and exact integer sums only, so that the slice of a union is the sum of the slices of
 * its parts. Plain data (JSON). See docs/guides/portfolio.md for every cell's definition.
 *
 * @example
 * ```ts
 * const total: PortfolioSlice = summarizePortfolio(cases, { asOf: '2025-09-01' }).total;
 * total.phases['jaar-2']; // cases in their second year
 * total.timeliness.probleemanalyse['on-time'];
 * ```
 * @category Portfolio
 */
export interface PortfolioSlice {
  /** Valid cases. */
  cases: number;
  /** Cases by phase as of the date ({@link casePhase}). */
  phases: Record<CasePhase, number>;
  /** Cases by the state of spoor 1 ({@link spoor2Status}). */
  spoor1: Record<Spoor2Status['spoor1'], number>;
  /** Cases by the state of spoor 2 ({@link spoor2Status}). */
  spoor2Status: Record<Spoor2Status['spoor2'], number>;
  /** Cases whose spoor 2 is `niet-nodig`, by the recorded skip ground. */
  skipGrounds: Record<Spoor2SkipGround, number>;
  /** Milestones by rule and status (every `evaluatie-n` under `evaluatie`). */
  statuses: Record<RuleId, Record<MilestoneStatus, number>>;
  /** Milestones of the {@link TIMELINESS_MEASURES} by timeliness outcome. */
  timeliness: Record<TimelinessMeasureId, Record<TimelinessOutcome, number>>;
  /** The findings of `checkCase`: by severity, raised by code, and cases with the code. */
  findings: {
    bySeverity: Record<Severity, number>;
    byCode: Partial<Record<FindingCode, number>>;
    casesByCode: Partial<Record<FindingCode, number>>;
  };
  spoor2: PortfolioSpoor2Slice;
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> => {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = 0;
  return out;
};

const nested = <K extends string, L extends string>(
  keys: readonly K[],
  inner: readonly L[],
): Record<K, Record<L, number>> => {
  const out = {} as Record<K, Record<L, number>>;
  for (const k of keys) out[k] = zeros(inner);
  return out;
};

const histograms = <K extends string>(keys: readonly K[]): Record<K, WeekHistogram> => {
  const out = {} as Record<K, WeekHistogram>;
  for (const k of keys) out[k] = {};
  return out;
};

/**
 * A slice of no cases: every count 0, every histogram and code record empty. Its shape is the
 * shape of every slice (the records that are empty here are the sparse ones).
 *
 * @returns A new empty slice.
 * @internal
 */
export function emptySlice(): PortfolioSlice {
  const timings = START_TIMINGS.map((t) => t.id);
  return {
    cases: 0,
    phases: zeros(CASE_PHASES),
    spoor1: zeros(SPOOR1_STATES),
    spoor2Status: zeros(SPOOR2_STATES),
    skipGrounds: zeros(SKIP_GROUNDS),
    statuses: nested(RULE_IDS, MILESTONE_STATUSES),
    timeliness: nested(
      TIMELINESS_MEASURES.map((m) => m.id),
      TIMELINESS_OUTCOMES,
    ),
    findings: { bySeverity: zeros(SEVERITIES), byCode: {}, casesByCode: {} },
    spoor2: {
      startWeek: {},
      weeksFromLatestStart: {},
      startTiming: zeros(timings),
      trajectories: 0,
      phase: zeros(SPOOR2_CURRENT_PHASES),
      furthestPhase: zeros(SPOOR2_PHASE_IDS),
      durationWeeks: {},
      applicationsPerWeek: {
        trajectories: 0,
        sumHundredths: 0,
        bins: zeros(APPLICATIONS_PER_WEEK_BINS.map((b) => b.id)),
      },
      hours: {
        totalHundredths: 0,
        byModeHundredths: zeros(SPOOR2_ACTIVITY_MODES),
        trajectoriesWithHours: 0,
        trajectoriesWithOnline: 0,
      },
      outcomes: zeros(SPOOR2_OUTCOME_CATEGORIES),
      weeksToOutcome: histograms(SPOOR2_OUTCOME_KINDS),
      outcomeByStartTiming: nested([...timings, 'unknown'], SPOOR2_OUTCOME_CATEGORIES),
    },
  };
}
