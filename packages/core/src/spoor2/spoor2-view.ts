import type { Spoor2Days } from './read-spoor2.js';
import { resolveSpoor2Options } from './resolve-spoor2-options.js';
import { spoor2MediationStart } from './spoor2-mediation-start.js';
import type { Spoor2Options } from './spoor2-options.js';
import type { Spoor2Plan, Spoor2Trajectory } from './spoor2-trajectory.js';
import {
  SPOOR2_ACTIVITY_MODES,
  SPOOR2_ACTIVITY_TYPES,
  SPOOR2_APPLICATION_RESULTS,
  SPOOR2_REPORT_KINDS,
  type Spoor2ActivityMode,
  type Spoor2ActivityType,
  type Spoor2ApplicationResult,
  type Spoor2ReportKind,
} from './spoor2-values.js';

/**
 * A trajectory as known on the as-of date, with everything the phase, the figures and the
 * findings need, computed in one pass over the log. A date after `asOf` counts as not (yet)
 * recorded. Days are day numbers; counts are per value, in table order.
 *
 * @internal
 */
export interface Spoor2View {
  asOf: number;
  trajectory: Spoor2Trajectory;
  options: Spoor2Options;
  referral: number;
  intake: number | null;
  /** The trajectplan in force, and its date. */
  plan: Spoor2Plan | null;
  planDay: number | null;
  adReport: number | null;
  /** `end` as recorded (also when after `asOf`). */
  end: number | null;
  /** The day the trajectory closed (the earlier of `end` and the outcome's date), once on or before `asOf`. */
  closed: number | null;
  /** The outcome's date, once on or before `asOf`. */
  outcome: number | null;
  /** Recorded phases that started on or before `asOf`. */
  phases: Spoor2Days['phases'];
  /** Day numbers of the intake, activities and applications on or before `asOf`, sorted. */
  entries: Int32Array;
  /** The last activity or application on or before `asOf`. */
  lastActivity: number | null;
  applications: { total: number; byResult: Record<Spoor2ApplicationResult, number> };
  activities: { total: number; byType: Record<Spoor2ActivityType, number> };
  /** Hours in hundredths (exact integer sums, whatever the order). */
  hundredths: { total: number; byMode: Record<Spoor2ActivityMode, number> };
  reports: Record<Spoor2ReportKind, number>;
  /** The earliest final report on or before `asOf`. */
  firstEindReport: number | null;
  /** Plan date and progress reports from it up to `asOf`, sorted. */
  reportingPoints: number[];
  /** The mediation period (both days inclusive) and the applications in it, or `null`. */
  mediation: { start: number; end: number; applications: number } | null;
  /** Applications per complete window of the mediation period, from its start. */
  windows: Int32Array;
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> => {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = 0;
  return out;
};

const atOrBefore = (day: number | null, asOf: number): number | null =>
  day !== null && day <= asOf ? day : null;

/**
 * Builds the {@link Spoor2View} of a valid trajectory: one pass over the activities and one over
 * the applications (counts, hours, windows), then one sort of the entry days.
 *
 * @param trajectory - The trajectory, validated.
 * @param days - Its day numbers ({@link readSpoor2}).
 * @param asOf - The as-of day number.
 * @param callOptions - The caller's thresholds (validated).
 * @returns The view.
 * @internal
 */
export function viewSpoor2(
  trajectory: Spoor2Trajectory,
  days: Spoor2Days,
  asOf: number,
  callOptions: Partial<Spoor2Options> | undefined,
): Spoor2View {
  const intake = atOrBefore(days.intake, asOf);
  const planDay = atOrBefore(days.plan, asOf);
  const plan = planDay === null ? null : (trajectory.plan ?? null);
  const options = resolveSpoor2Options(callOptions, plan);
  const outcome = atOrBefore(days.outcome, asOf);
  const endOrOutcome =
    days.end === null
      ? days.outcome
      : days.outcome === null
        ? days.end
        : Math.min(days.end, days.outcome);

  // Mediation: from the (earliest) start of bemiddeling on or before asOf, else from the
  // trajectplan, up to the earliest of asOf, the outcome's date and the end.
  const mediationStart = spoor2MediationStart(days.phases, planDay, asOf);
  const mediationEnd = endOrOutcome === null ? asOf : Math.min(asOf, endOrOutcome);
  const hasMediation = mediationStart !== null && mediationStart <= mediationEnd;
  const windowDays = options.applicationWindowDays;
  const windowCount = hasMediation
    ? Math.floor((mediationEnd - mediationStart! + 1) / windowDays)
    : 0;
  const windows = new Int32Array(windowCount);
  const windowsEnd = hasMediation ? mediationStart! + windowCount * windowDays - 1 : 0;

  const activityList = trajectory.activities ?? [];
  const applicationList = trajectory.applications ?? [];
  const entries = new Int32Array(activityList.length + applicationList.length + 1);
  let n = 0;
  if (intake !== null) entries[n++] = intake;
  let lastActivity = -Infinity;

  const byResult = zeros(SPOOR2_APPLICATION_RESULTS);
  let applicationTotal = 0;
  let inMediation = 0;
  for (let i = 0; i < applicationList.length; i++) {
    const day = days.applications[i]!;
    if (day > asOf) continue;
    entries[n++] = day;
    if (day > lastActivity) lastActivity = day;
    applicationTotal++;
    byResult[applicationList[i]!.result]++;
    if (hasMediation && day >= mediationStart! && day <= mediationEnd) {
      inMediation++;
      if (day <= windowsEnd) windows[Math.floor((day - mediationStart!) / windowDays)]!++;
    }
  }

  const byType = zeros(SPOOR2_ACTIVITY_TYPES);
  const byMode = zeros(SPOOR2_ACTIVITY_MODES);
  let activityTotal = 0;
  let hundredthsTotal = 0;
  for (let i = 0; i < activityList.length; i++) {
    const day = days.activities[i]!;
    if (day > asOf) continue;
    entries[n++] = day;
    if (day > lastActivity) lastActivity = day;
    const a = activityList[i]!;
    activityTotal++;
    byType[a.type]++;
    if (a.hours != null) {
      const h = Math.round(a.hours * 100);
      hundredthsTotal += h;
      if (a.mode !== undefined) byMode[a.mode] += h;
    }
  }

  const reports = zeros(SPOOR2_REPORT_KINDS);
  const reportingPoints: number[] = planDay === null ? [] : [planDay];
  let firstEindReport: number | null = null;
  for (const r of days.reports) {
    if (r.day > asOf) continue;
    reports[r.kind]++;
    if (r.kind === 'eind' && (firstEindReport === null || r.day < firstEindReport))
      firstEindReport = r.day;
    if (r.kind === 'voortgang' && planDay !== null && r.day >= planDay) reportingPoints.push(r.day);
  }
  reportingPoints.sort((a, b) => a - b);

  return {
    asOf,
    trajectory,
    options,
    referral: days.referral,
    intake,
    plan,
    planDay,
    adReport: days.adReport,
    end: days.end,
    closed: atOrBefore(endOrOutcome, asOf),
    outcome,
    phases: days.phases.filter((p) => p.start <= asOf),
    entries: entries.subarray(0, n).sort(),
    lastActivity: lastActivity === -Infinity ? null : lastActivity,
    applications: { total: applicationTotal, byResult },
    activities: { total: activityTotal, byType },
    hundredths: { total: hundredthsTotal, byMode },
    reports,
    firstEindReport,
    reportingPoints,
    mediation: hasMediation
      ? { start: mediationStart!, end: mediationEnd, applications: inMediation }
      : null,
    windows,
  };
}
