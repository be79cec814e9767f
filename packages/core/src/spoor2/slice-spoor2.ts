import { toIsoDate, tryDayNumber } from '../calendar/day-number.js';
import type { InputIssue } from '../input/input-issue.js';
import { INPUT_ISSUE_MESSAGES } from '../input/input-issue-codes.js';
import { PoortwachterInputError } from '../input/poortwachter-input-error.js';
import type { IsoDate } from '../types.js';
import { readSpoor2 } from './read-spoor2.js';
import { spoor2MediationStart } from './spoor2-mediation-start.js';
import { SPOOR2_PHASES } from './spoor2-phases.js';
import type {
  Spoor2Activity,
  Spoor2Application,
  Spoor2PhaseRecord,
  Spoor2Trajectory,
} from './spoor2-trajectory.js';
import {
  SPOOR2_ACTIVITY_MODES,
  SPOOR2_ACTIVITY_TYPES,
  SPOOR2_APPLICATION_RESULTS,
  type Spoor2ActivityMode,
  type Spoor2ActivityType,
  type Spoor2ApplicationResult,
} from './spoor2-values.js';

/**
 * The activity types that count as a training in a report's totals: sollicitatietraining,
 * e-learning and scholing.
 *
 * @example
 * ```ts
 * SPOOR2_TRAINING_TYPES.includes('e-learning'); // true
 * ```
 * @category Spoor 2
 */
export const SPOOR2_TRAINING_TYPES = [
  'sollicitatietraining',
  'e-learning',
  'scholing',
] as const satisfies readonly Spoor2ActivityType[];

/**
 * The totals of the log in a period: applications (with interviews, `uitgenodigd` or
 * `aangenomen`, and by result), activities (with trainings, {@link SPOOR2_TRAINING_TYPES}) and
 * hours, in total and by mode. Hours are added to the hundredth; an activity with hours but no
 * mode counts in `hours` only.
 *
 * @example
 * ```ts
 * const totals: Spoor2SliceTotals = sliceSpoor2(trajectory, { start: '2025-04-01', end: '2025-04-30' }).totals;
 * ```
 * @category Spoor 2
 */
export interface Spoor2SliceTotals {
  applications: number;
  interviews: number;
  /** Only results that occur, in the order of {@link SPOOR2_APPLICATION_RESULTS}. */
  byResult: Partial<Record<Spoor2ApplicationResult, number>>;
  activities: number;
  trainings: number;
  hours: number;
  /** Every mode, 0 when none. */
  hoursByMode: Record<Spoor2ActivityMode, number>;
}

/**
 * The activities of one type in a period: how many, and their hours in total and by mode.
 *
 * @example
 * ```ts
 * const row: Spoor2ActivityTypeSummary = { type: 'loopbaancoaching', activities: 2, hours: 2.5, hoursByMode: { 'op-locatie': 1.5, thuis: 0, online: 1 } };
 * ```
 * @category Spoor 2
 */
export interface Spoor2ActivityTypeSummary {
  type: Spoor2ActivityType;
  activities: number;
  hours: number;
  hoursByMode: Record<Spoor2ActivityMode, number>;
}

/**
 * What a spoor-2 report shows of its period: the entries of the log dated in it, the phases that
 * ran in it, and the totals (see {@link sliceSpoor2}).
 *
 * @example
 * ```ts
 * const slice: Spoor2Slice = sliceSpoor2(trajectory, { start: '2025-02-17', end: '2025-04-11' });
 * slice.applications.length;
 * ```
 * @category Spoor 2
 */
export interface Spoor2Slice {
  /** The period, both days inclusive. */
  period: { start: IsoDate; end: IsoDate };
  /** Activities dated in the period, by date (in log order on the same day). */
  activities: Spoor2Activity[];
  /** Applications dated in the period, by date (in log order on the same day). */
  applications: Spoor2Application[];
  /** Recorded phases that ran in the period (started on or before its end, not ended before its start), by start; on the same start in the order of `SPOOR2_PHASES`. */
  phases: Spoor2PhaseRecord[];
  totals: Spoor2SliceTotals;
  /** The activities by type: only types that occur, in the order of `SPOOR2_ACTIVITY_TYPES`. */
  byType: Spoor2ActivityTypeSummary[];
  /** The first day of the trajectory's mediation period ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7}), whatever the period; `null` without one. */
  mediationStart: IsoDate | null;
}

const PHASE_ORDER = /* @__PURE__ */ new Map<string, number>(
  /* @__PURE__ */ SPOOR2_PHASES.map((p, i) => [p.id, i]),
);
const TRAINING: ReadonlySet<string> = /* @__PURE__ */ new Set(SPOOR2_TRAINING_TYPES);

const zeroModes = (): Record<Spoor2ActivityMode, number> => {
  const out = {} as Record<Spoor2ActivityMode, number>;
  for (const mode of SPOOR2_ACTIVITY_MODES) out[mode] = 0;
  return out;
};

const inHours = (hundredths: Record<Spoor2ActivityMode, number>) => {
  const out = zeroModes();
  for (const mode of SPOOR2_ACTIVITY_MODES) out[mode] = hundredths[mode] / 100;
  return out;
};

/** The indexes of the days in `[start, end]`, by day, then by index. */
function datedIn(days: Int32Array, start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < days.length; i++) if (days[i]! >= start && days[i]! <= end) out.push(i);
  return out.sort((a, b) => days[a]! - days[b]! || a - b);
}

/**
 * The slice of a spoor-2 trajectory that a report covers ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7}): the activities and
 * applications of the log dated in a period (both days inclusive), the recorded phases that ran
 * in it, the totals (applications, interviews, activities, trainings, hours by mode) and the
 * activities summarised by type and mode. What the three spoor-2 reports show of the log comes
 * from here, so a report and the log cannot disagree. Pure, with integer day arithmetic; entries
 * on the same day keep the log's order.
 *
 * @param trajectory - The `spoor2` section of a case file.
 * @param period - The period: `start` and `end` (`YYYY-MM-DD`, `end` not before `start`).
 * @returns The slice.
 * @throws PoortwachterInputError when the trajectory cannot be used (paths start at `spoor2`,
 *   as {@link validateSpoor2Input} gives them) or the period is not two real dates in order
 *   (paths `period.start`, `period.end`).
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7}; {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#6-spoor-2 | docs/contract.md §6}
 * @example
 * ```ts
 * const slice = sliceSpoor2(
 *   {
 *     referral: '2025-02-10',
 *     activities: [{ date: '2025-03-04', type: 'e-learning', mode: 'online', hours: 1.5 }],
 *     applications: [{ date: '2025-03-05', result: 'uitgenodigd' }, { date: '2025-04-02', result: 'afgewezen' }],
 *   },
 *   { start: '2025-03-01', end: '2025-03-31' },
 * );
 * slice.totals; // { applications: 1, interviews: 1, byResult: { uitgenodigd: 1 }, activities: 1, trainings: 1, hours: 1.5, hoursByMode: { 'op-locatie': 0, thuis: 0, online: 1.5 } }
 * ```
 * @category Spoor 2
 */
export function sliceSpoor2(
  trajectory: Spoor2Trajectory,
  period: { start: IsoDate; end: IsoDate },
): Spoor2Slice {
  const { issues, days } = readSpoor2(trajectory);
  const periodIssue = (key: 'start' | 'end', code: 'date/invalid' | 'period/end-before-start') =>
    ({ code, path: ['period', key], message: INPUT_ISSUE_MESSAGES[code] }) satisfies InputIssue;
  const start = tryDayNumber(period.start);
  const end = tryDayNumber(period.end);
  if (start === null) issues.push(periodIssue('start', 'date/invalid'));
  if (end === null) issues.push(periodIssue('end', 'date/invalid'));
  else if (start !== null && end < start)
    issues.push(periodIssue('end', 'period/end-before-start'));
  if (issues.length > 0 || days === null || start === null || end === null)
    throw new PoortwachterInputError(issues);

  const activityLog = trajectory.activities ?? [];
  const applicationLog = trajectory.applications ?? [];
  const activities = datedIn(days.activities, start, end).map((i) => activityLog[i]!);
  const applications = datedIn(days.applications, start, end).map((i) => applicationLog[i]!);

  const byResult: Partial<Record<Spoor2ApplicationResult, number>> = {};
  for (const result of SPOOR2_APPLICATION_RESULTS) {
    const n = applications.filter((a) => a.result === result).length;
    if (n > 0) byResult[result] = n;
  }

  // Hours in hundredths, so that the sums are exact whatever the order.
  const byType = new Map<
    Spoor2ActivityType,
    { activities: number; hundredths: number; modes: Record<Spoor2ActivityMode, number> }
  >();
  const modes = zeroModes();
  let hundredths = 0;
  let trainings = 0;
  for (const a of activities) {
    let row = byType.get(a.type);
    if (row === undefined) {
      row = { activities: 0, hundredths: 0, modes: zeroModes() };
      byType.set(a.type, row);
    }
    row.activities++;
    if (TRAINING.has(a.type)) trainings++;
    const h = a.hours == null ? 0 : Math.round(a.hours * 100);
    row.hundredths += h;
    hundredths += h;
    if (a.mode !== undefined) {
      row.modes[a.mode] += h;
      modes[a.mode] += h;
    }
  }

  const phases = (trajectory.phases ?? [])
    .filter((p) => {
      const phaseEnd = p.end == null ? null : tryDayNumber(p.end)!;
      return tryDayNumber(p.start)! <= end && (phaseEnd === null || phaseEnd >= start);
    })
    .sort(
      (a, b) =>
        (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) ||
        (PHASE_ORDER.get(a.phase) ?? 0) - (PHASE_ORDER.get(b.phase) ?? 0),
    );
  const mediationStart = spoor2MediationStart(days.phases, days.plan);

  return {
    period: { start: toIsoDate(start), end: toIsoDate(end) },
    activities,
    applications,
    phases,
    totals: {
      applications: applications.length,
      interviews: (byResult.uitgenodigd ?? 0) + (byResult.aangenomen ?? 0),
      byResult,
      activities: activities.length,
      trainings,
      hours: hundredths / 100,
      hoursByMode: inHours(modes),
    },
    byType: SPOOR2_ACTIVITY_TYPES.flatMap((type) => {
      const row = byType.get(type);
      return row === undefined
        ? []
        : [
            {
              type,
              activities: row.activities,
              hours: row.hundredths / 100,
              hoursByMode: inHours(row.modes),
            },
          ];
    }),
    mediationStart: mediationStart === null ? null : toIsoDate(mediationStart),
  };
}
