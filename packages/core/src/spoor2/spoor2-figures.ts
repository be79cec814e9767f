import { toIsoDate } from '../calendar/day-number.js';
import type { IsoDate } from '../types.js';
import type {
  Spoor2ActivityMode,
  Spoor2ActivityType,
  Spoor2ApplicationResult,
  Spoor2OutcomeKind,
  Spoor2ReportKind,
} from './spoor2-values.js';
import type { Spoor2View } from './spoor2-view.js';

/**
 * The figures of a trajectory as of a date ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7}; the `figures` of {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#6-spoor-2 | docs/contract.md §6}).
 * Only what is dated on or before the as-of date counts. Days are calendar days (`b − a`).
 *
 * - `daysInTrajectory`: from the intake (else the referral) to the earlier of the as-of date and
 *   `end` (never below 0).
 * - `applications`: the total, `interviews` (`uitgenodigd` or `aangenomen`) and `byResult` (only
 *   results that occur, in the order of {@link SPOOR2_APPLICATION_RESULTS}).
 * - `applicationsPerWeek`: applications dated in the mediation period × 7 ÷ its length in days,
 *   2 decimals; `null` without a mediation period or when it is 0 days long.
 * - `activities`: the total and `byType` (only types that occur, in table order).
 * - `hours`: the total and `byMode` (every mode), counted to the hundredth; an activity with
 *   hours but no mode counts in the total only. `onlineShare`: online ÷ total, 2 decimals,
 *   `null` when no hours are recorded.
 * - `lastActivity`: the last activity or application; `daysSinceLastActivity` up to the as-of date.
 * - `reports`: reports by kind. `nextReportDue`: the last reporting point (the trajectplan or a
 *   later progress report) plus the reporting interval, while the trajectory runs.
 * - `outcome`: the outcome's kind once its date is on or before the as-of date (an outcome
 *   without a date does not count yet); `daysToOutcome`: from the intake (else the referral).
 *
 * @example
 * ```ts
 * const f: Spoor2Figures | undefined = assessSpoor2(caseFile, { asOf: '2025-06-20' })?.figures;
 * f?.applications.total;
 * ```
 * @category Spoor 2
 */
export interface Spoor2Figures {
  daysInTrajectory: number;
  applications: {
    total: number;
    interviews: number;
    byResult: Partial<Record<Spoor2ApplicationResult, number>>;
  };
  applicationsPerWeek: number | null;
  activities: { total: number; byType: Partial<Record<Spoor2ActivityType, number>> };
  hours: { total: number; byMode: Record<Spoor2ActivityMode, number> };
  onlineShare: number | null;
  lastActivity: IsoDate | null;
  daysSinceLastActivity: number | null;
  reports: Record<Spoor2ReportKind, number>;
  nextReportDue: IsoDate | null;
  outcome: Spoor2OutcomeKind | null;
  daysToOutcome: number | null;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

const present = <K extends string>(counts: Record<K, number>): Partial<Record<K, number>> => {
  const out: Partial<Record<K, number>> = {};
  for (const key in counts) if (counts[key] > 0) out[key] = counts[key];
  return out;
};

/**
 * Computes the {@link Spoor2Figures} of a view.
 *
 * @param view - The trajectory as known on the as-of date.
 * @returns The figures.
 * @internal
 */
export function spoor2Figures(view: Spoor2View): Spoor2Figures {
  const start = view.intake ?? view.referral;
  const until = view.end === null ? view.asOf : Math.min(view.asOf, view.end);
  const { byResult } = view.applications;
  const m = view.mediation;
  const byMode = {} as Record<Spoor2ActivityMode, number>;
  for (const mode in view.hundredths.byMode) {
    const key = mode as Spoor2ActivityMode;
    byMode[key] = view.hundredths.byMode[key] / 100;
  }
  const lastPoint = view.reportingPoints[view.reportingPoints.length - 1];
  return {
    daysInTrajectory: Math.max(0, until - start),
    applications: {
      total: view.applications.total,
      interviews: byResult.uitgenodigd + byResult.aangenomen,
      byResult: present(byResult),
    },
    applicationsPerWeek:
      m && m.end > m.start ? round2((m.applications * 7) / (m.end - m.start)) : null,
    activities: { total: view.activities.total, byType: present(view.activities.byType) },
    hours: { total: view.hundredths.total / 100, byMode },
    onlineShare:
      view.hundredths.total > 0
        ? round2(view.hundredths.byMode.online / view.hundredths.total)
        : null,
    lastActivity: view.lastActivity === null ? null : toIsoDate(view.lastActivity),
    daysSinceLastActivity: view.lastActivity === null ? null : view.asOf - view.lastActivity,
    reports: { ...view.reports },
    nextReportDue:
      view.closed === null && lastPoint !== undefined
        ? toIsoDate(lastPoint + view.options.reportEveryWeeks * 7)
        : null,
    outcome: view.outcome === null ? null : (view.trajectory.outcome?.kind ?? null),
    daysToOutcome: view.outcome === null ? null : view.outcome - start,
  };
}
