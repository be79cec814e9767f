import {
  addDays,
  daysBetween,
  type IsoDate,
  type RuleOptions,
  resolveSpoor2Options,
  type Spoor2Outcome,
  type Spoor2Slice,
  type Spoor2SliceTotals,
  type Spoor2Trajectory,
  sliceSpoor2,
} from '@poortwachter/core';
import { hasPlacement } from './has-placement.js';
import type { Spoor2DocumentKind } from './spoor2-document-kind.js';

/**
 * What a spoor-2 report is asked for: its kind, its date, and for a voortgangsrapportage the
 * period it covers and (when the log does not give it) its number. A content file of a spoor-2
 * kind is such a request.
 *
 * @example
 * ```ts
 * const request: Spoor2ReportRequest = { kind: 'spoor-2-voortgang', date: '2025-04-14', period: { from: '2025-02-17', to: '2025-04-11' } };
 * ```
 * @category Spoor 2 reports
 */
export interface Spoor2ReportRequest {
  kind: Spoor2DocumentKind;
  /** The report's date. */
  date: IsoDate;
  /** The period of a voortgangsrapportage, both days inclusive (see {@link spoor2ReportFacts} for its default). */
  period?: { from: IsoDate; to: IsoDate } | undefined;
  /** The number of a voortgangsrapportage (see {@link spoor2ReportFacts} for its default). */
  number?: number | undefined;
}

/**
 * A planned reporting moment of a trajectplan: a progress report with its number, or the final
 * report on the planned end.
 *
 * @example
 * ```ts
 * const moment: Spoor2ReportingMoment = { date: '2025-04-14', kind: 'voortgang', number: 1 };
 * ```
 * @category Spoor 2 reports
 */
export interface Spoor2ReportingMoment {
  date: IsoDate;
  kind: 'voortgang' | 'eind';
  /** The progress report's number; `null` for the final report. */
  number: number | null;
}

/**
 * The facts a spoor-2 report shows, all taken from the case's `spoor2` section (see
 * {@link spoor2ReportFacts}). Without a trajectory, `trajectory` and `slice` are `null` and the
 * report has nothing to show but its narrative (the completeness check refuses it).
 *
 * @example
 * ```ts
 * const facts: Spoor2ReportFacts = spoor2ReportFacts(caseFile, { kind: 'spoor-2-eindrapportage', date: '2025-09-26' });
 * facts.slice?.applications.length;
 * ```
 * @category Spoor 2 reports
 */
export interface Spoor2ReportFacts {
  kind: Spoor2DocumentKind;
  trajectory: Spoor2Trajectory | null;
  /** The period the report covers, both days inclusive. */
  period: { start: IsoDate; end: IsoDate };
  /** The log in the period: activities, applications, phases, totals, hours by type and mode. */
  slice: Spoor2Slice | null;
  /** Totals from the referral to the end of the period (a voortgangsrapportage shows both). */
  sinceStart: Spoor2SliceTotals | null;
  /** The number of a voortgangsrapportage; `null` for the other kinds or without a trajectory. */
  number: number | null;
  /** The date by which the next progress report is due; `null` once the trajectory has closed and for the other kinds. */
  nextReportDate: IsoDate | null;
  /** The reporting moments a trajectplan plans, up to its planned end. */
  reportingMoments: Spoor2ReportingMoment[];
  /** Agreed applications a week (the trajectplan's value, else the case's option, else the default of 1). */
  agreedApplicationsPerWeek: number;
  /** Weeks between progress reports (the trajectplan's value, else the case's option, else 6). */
  reportEveryWeeks: number;
  /** Applications a week over the part of the period that lies in the mediation period (2 decimals; `null` when none of it does). */
  applicationsPerWeek: number | null;
  /** The day the trajectory closed: the earlier of its `end` and its outcome's date. */
  closed: IsoDate | null;
  /** The outcome, when it is a placement (`plaatsing`, `detachering`, `proefplaatsing`). */
  placement: Spoor2Outcome | null;
}

const later = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
const earlier = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);

/**
 * The number of a voortgangsrapportage: the one asked for; else the number of the report the
 * log's register (`spoor2.reports`) records on the report's date; else one more than the progress
 * reports the register records before that date.
 *
 * @param trajectory - The trajectory, if any.
 * @param request - The report's date and, if given, its number.
 * @returns The number, or `null` without a number and without a trajectory.
 * @example
 * ```ts
 * voortgangNumber({ referral: '2025-01-28', reports: [{ kind: 'voortgang', date: '2025-04-14' }] }, { date: '2025-05-26' }); // 2
 * ```
 * @category Spoor 2 reports
 */
export function voortgangNumber(
  trajectory: Spoor2Trajectory | null | undefined,
  request: { date: IsoDate; number?: number | undefined },
): number | null {
  if (request.number !== undefined) return request.number;
  if (trajectory == null) return null;
  const progress = (trajectory.reports ?? []).filter((r) => r.kind === 'voortgang');
  const recorded = progress.find((r) => r.date === request.date)?.number;
  return recorded ?? progress.filter((r) => r.date < request.date).length + 1;
}

/** The period a report covers (see {@link spoor2ReportFacts}). */
function periodOf(
  t: Spoor2Trajectory,
  request: Spoor2ReportRequest,
  closed: IsoDate | null,
): { start: IsoDate; end: IsoDate } {
  if (request.period) return { start: request.period.from, end: request.period.to };
  if (request.kind === 'spoor-2-voortgang') {
    const previous = (t.reports ?? [])
      .filter((r) => r.kind === 'voortgang' && r.date < request.date)
      .reduce<IsoDate | null>((d, r) => (d === null || r.date > d ? r.date : d), null);
    const start = previous === null ? (t.intake ?? t.referral) : addDays(previous, 1);
    return { start, end: later(start, request.date) };
  }
  const end = request.kind === 'spoor-2-eindrapportage' ? (closed ?? request.date) : request.date;
  return { start: t.referral, end: later(t.referral, end) };
}

/** Applications a week over the part of the slice's period in the mediation period. */
function perWeek(slice: Spoor2Slice, closed: IsoDate | null): number | null {
  if (slice.mediationStart === null) return null;
  const start = later(slice.period.start, slice.mediationStart);
  const end = closed === null ? slice.period.end : earlier(slice.period.end, closed);
  const length = daysBetween(start, end);
  if (length <= 0) return null;
  const n = slice.applications.filter((a) => a.date >= start && a.date <= end).length;
  return Math.round((n * 700) / length) / 100;
}

/**
 * Builds the facts of a spoor-2 report from the case's `spoor2` section, so that its content file
 * holds only the narrative ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7}). The period a report covers:
 * - a voortgangsrapportage: the period asked for; by default from the day after the previous
 *   progress report in the register (`spoor2.reports`), or from the intake (else the referral)
 *   for the first, up to the report's date;
 * - an eindrapportage: from the referral up to the day the trajectory closed (the earlier of its
 *   `end` and its outcome's date), or up to the report's date while it has not;
 * - a trajectplan: from the referral up to its date.
 *
 * In that period it takes the log's activities and applications, the phases that ran and the
 * totals ({@link sliceSpoor2} of `@poortwachter/core`); for a voortgangsrapportage also the totals
 * since the referral, its number ({@link voortgangNumber}) and the date of the next report (its
 * date plus the reporting interval, while the trajectory runs); for a trajectplan the reporting
 * moments (every interval from the plan's date while before its planned end, then the final
 * report on the planned end); for an eindrapportage the placement, if the outcome is one.
 * Applications a week count the part of the period inside the mediation period, as
 * `assessSpoor2` counts them (applications × 7 ÷ the days between its first and last day).
 *
 * @param caseFile - The case, with its `spoor2` section (valid, as `@poortwachter/schema` parses it).
 * @param request - Kind, date, and for a voortgangsrapportage period and number if wanted.
 * @returns The facts; `trajectory` and `slice` are `null` when the case has no trajectory.
 * @throws PoortwachterInputError from `sliceSpoor2` when the trajectory or the period cannot be used.
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7}; Beleidsregels beoordelingskader poortwachter (BWBR0014375) ch. 5
 * @example
 * ```ts
 * const facts = spoor2ReportFacts(caseFile, {
 *   kind: 'spoor-2-voortgang', date: '2025-04-14', period: { from: '2025-02-17', to: '2025-04-11' },
 * });
 * facts.number; // 1
 * facts.nextReportDate; // '2025-05-26'
 * facts.slice?.totals.applications; // 3
 * ```
 * @category Spoor 2 reports
 */
export function spoor2ReportFacts(
  caseFile: {
    readonly spoor2?: Spoor2Trajectory | null | undefined;
    readonly options?: RuleOptions | undefined;
  },
  request: Spoor2ReportRequest,
): Spoor2ReportFacts {
  const t = caseFile.spoor2 ?? null;
  const { applicationsPerWeek, reportEveryWeeks } = resolveSpoor2Options(
    caseFile.options?.spoor2,
    t?.plan,
  );
  const none = {
    kind: request.kind,
    trajectory: null,
    period: request.period
      ? { start: request.period.from, end: request.period.to }
      : { start: request.date, end: request.date },
    slice: null,
    sinceStart: null,
    number: request.kind === 'spoor-2-voortgang' ? voortgangNumber(null, request) : null,
    nextReportDate: null,
    reportingMoments: [],
    agreedApplicationsPerWeek: applicationsPerWeek,
    reportEveryWeeks,
    applicationsPerWeek: null,
    closed: null,
    placement: null,
  } satisfies Spoor2ReportFacts;
  if (t === null) return none;

  const outcomeDate = t.outcome?.date ?? null;
  const closed =
    t.end == null ? outcomeDate : outcomeDate === null ? t.end : earlier(t.end, outcomeDate);
  const period = periodOf(t, request, closed);
  const slice = sliceSpoor2(t, period);
  const interval = reportEveryWeeks * 7;
  const voortgang = request.kind === 'spoor-2-voortgang';

  const moments: Spoor2ReportingMoment[] = [];
  const plannedEnd = t.plan?.plannedEnd;
  if (request.kind === 'spoor-2-trajectplan' && t.plan && plannedEnd != null) {
    for (let d = addDays(t.plan.date, interval); d < plannedEnd; d = addDays(d, interval))
      moments.push({ date: d, kind: 'voortgang', number: moments.length + 1 });
    moments.push({ date: plannedEnd, kind: 'eind', number: null });
  }

  return {
    ...none,
    trajectory: t,
    period,
    slice,
    sinceStart: voortgang
      ? sliceSpoor2(t, { start: t.referral, end: later(t.referral, period.end) }).totals
      : null,
    number: voortgang ? voortgangNumber(t, request) : null,
    nextReportDate:
      voortgang && (closed === null || closed > request.date)
        ? addDays(request.date, interval)
        : null,
    reportingMoments: moments,
    applicationsPerWeek: perWeek(slice, closed),
    closed,
    placement: hasPlacement(caseFile) ? t.outcome! : null,
  };
}
