import { tryDayNumber } from '../calendar/day-number.js';
import type { InputIssue } from '../input/input-issue.js';
import { INPUT_ISSUE_MESSAGES, type InputIssueCode } from '../input/input-issue-codes.js';
import { isValidSpoor2Threshold } from './resolve-spoor2-options.js';
import { SPOOR2_PHASES } from './spoor2-phases.js';
import {
  SPOOR2_ACTIVITY_MODES,
  SPOOR2_ACTIVITY_TYPES,
  SPOOR2_AD_REPORT_STATUSES,
  SPOOR2_APPLICATION_CHANNELS,
  SPOOR2_APPLICATION_RESULTS,
  SPOOR2_OUTCOME_KINDS,
  SPOOR2_REPORT_KINDS,
  type Spoor2ReportKind,
} from './spoor2-values.js';

/**
 * The day numbers of a valid trajectory, read once. Lists keep the input's indexes.
 *
 * @internal
 */
export interface Spoor2Days {
  referral: number;
  intake: number | null;
  adReport: number | null;
  plan: number | null;
  end: number | null;
  /** The outcome's date, when it has one. */
  outcome: number | null;
  /** Each phase record: its position in `SPOOR2_PHASES` and its start. */
  phases: { order: number; start: number }[];
  activities: Int32Array;
  applications: Int32Array;
  reports: { kind: Spoor2ReportKind; day: number }[];
}

type Path = (string | number)[];
type Obj = Record<string, unknown>;

const PHASE_ORDER = /* @__PURE__ */ new Map<unknown, number>(
  /* @__PURE__ */ SPOOR2_PHASES.map((p, i) => [p.id, i]),
);
const PHASE_IDS = /* @__PURE__ */ new Set<unknown>(/* @__PURE__ */ PHASE_ORDER.keys());
const ACTIVITY_TYPES = /* @__PURE__ */ new Set<unknown>(SPOOR2_ACTIVITY_TYPES);
const ACTIVITY_MODES = /* @__PURE__ */ new Set<unknown>(SPOOR2_ACTIVITY_MODES);
const CHANNELS = /* @__PURE__ */ new Set<unknown>(SPOOR2_APPLICATION_CHANNELS);
const RESULTS = /* @__PURE__ */ new Set<unknown>(SPOOR2_APPLICATION_RESULTS);
const REPORT_KINDS = /* @__PURE__ */ new Set<unknown>(SPOOR2_REPORT_KINDS);
const OUTCOME_KINDS = /* @__PURE__ */ new Set<unknown>(SPOOR2_OUTCOME_KINDS);
const AD_STATUSES = /* @__PURE__ */ new Set<unknown>(SPOOR2_AD_REPORT_STATUSES);

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The problem with a value that should be a date (`tryDayNumber` gave `null`). */
const dateProblem = (value: unknown): InputIssueCode =>
  value === undefined ? 'field/required' : 'date/invalid';

/** The problem with a value that should be one of `allowed`, or `null`. */
function choiceProblem(
  value: unknown,
  allowed: Set<unknown>,
  required: boolean,
): InputIssueCode | null {
  if (value === undefined) return required ? 'field/required' : null;
  return allowed.has(value) ? null : 'field/choice';
}

/** The problem with an optional number of at least `min`, or `null`. */
function numberProblem(value: unknown, min: number): InputIssueCode | null {
  if (value == null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'field/type';
  return value < min ? 'field/too-small' : null;
}

/**
 * Reads a `spoor2` section in one pass: checks what the engine needs (real dates, known values,
 * numbers in range, dates in order, unique report numbers) and converts every date to a day
 * number. Paths start at `['spoor2']`.
 *
 * @param input - The section, any value.
 * @returns The issues, and the day numbers (`null` when there is any issue).
 * @internal
 */
export function readSpoor2(input: unknown): { issues: InputIssue[]; days: Spoor2Days | null } {
  const issues: InputIssue[] = [];
  const add = (path: Path, code: InputIssueCode) =>
    issues.push({ code, path: ['spoor2', ...path], message: INPUT_ISSUE_MESSAGES[code] });
  if (!isObject(input)) {
    add([], 'field/type');
    return { issues, days: null };
  }

  /** A required date: `field/required` when absent. */
  const date = (value: unknown, path: Path): number | null => {
    const day = tryDayNumber(value);
    if (day === null) add(path, dateProblem(value));
    return day;
  };
  /** An optional date: absent or `null` is `null`. */
  const optionalDate = (value: unknown, path: Path): number | null =>
    value == null ? null : date(value, path);
  const choice = (value: unknown, allowed: Set<unknown>, path: Path, required: boolean) => {
    const problem = choiceProblem(value, allowed, required);
    if (problem !== null) add(path, problem);
  };
  const object = (value: unknown, path: Path): value is Obj => {
    if (value == null) return false;
    if (isObject(value)) return true;
    add(path, 'field/type');
    return false;
  };
  const list = (value: unknown, path: Path): readonly unknown[] => {
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    add(path, 'field/type');
    return [];
  };
  const number = (value: unknown, path: Path, min: number) => {
    const problem = numberProblem(value, min);
    if (problem !== null) add(path, problem);
  };

  const referral = date(input.referral, ['referral']);
  const intake = optionalDate(input.intake, ['intake']);
  optionalDate(input.capacityDate, ['capacityDate']);
  const end = optionalDate(input.end, ['end']);
  object(input.provider, ['provider']);

  let adReport: number | null = null;
  if (object(input.adReport, ['adReport'])) {
    adReport = date(input.adReport.date, ['adReport', 'date']);
    choice(input.adReport.status, AD_STATUSES, ['adReport', 'status'], false);
  }

  let plan: number | null = null;
  if (object(input.plan, ['plan'])) {
    const p = input.plan;
    plan = date(p.date, ['plan', 'date']);
    optionalDate(p.plannedEnd, ['plan', 'plannedEnd']);
    if (p.persoonsprofiel !== undefined && typeof p.persoonsprofiel !== 'boolean')
      add(['plan', 'persoonsprofiel'], 'field/type');
    if (object(p.zoekprofiel, ['plan', 'zoekprofiel'])) {
      for (const key of ['functions', 'sectors'] as const) {
        list(p.zoekprofiel[key], ['plan', 'zoekprofiel', key]).forEach((f, i) => {
          if (typeof f !== 'string') add(['plan', 'zoekprofiel', key, i], 'field/type');
        });
      }
      number(p.zoekprofiel.maxTravelMinutes, ['plan', 'zoekprofiel', 'maxTravelMinutes'], 0);
      number(p.zoekprofiel.hoursPerWeek, ['plan', 'zoekprofiel', 'hoursPerWeek'], 0);
    }
    for (const key of ['applicationsPerWeek', 'reportEveryWeeks'] as const) {
      if (p[key] != null && !isValidSpoor2Threshold(key, p[key]))
        add(['plan', key], typeof p[key] === 'number' ? 'field/too-small' : 'field/type');
    }
  }

  const phases: Spoor2Days['phases'] = [];
  list(input.phases, ['phases']).forEach((record, i) => {
    if (!isObject(record)) {
      add(['phases', i], 'field/type');
      return;
    }
    const order = PHASE_ORDER.get(record.phase);
    choice(record.phase, PHASE_IDS, ['phases', i, 'phase'], true);
    const start = date(record.start, ['phases', i, 'start']);
    const phaseEnd = optionalDate(record.end, ['phases', i, 'end']);
    if (start === null || order === undefined) return;
    if (phaseEnd !== null && phaseEnd < start) add(['phases', i, 'end'], 'period/end-before-start');
    if (referral !== null && start < referral)
      add(['phases', i, 'start'], 'spoor2/before-referral');
    if (end !== null && start > end) add(['phases', i, 'start'], 'spoor2/after-end');
    else if (end !== null && phaseEnd !== null && phaseEnd > end)
      add(['phases', i, 'end'], 'spoor2/after-end');
    phases.push({ order, start });
  });

  // The log is the bulk of a trajectory: its loops build a path only for an issue.
  const activityList = list(input.activities, ['activities']);
  const activities = new Int32Array(activityList.length);
  for (let i = 0; i < activityList.length; i++) {
    const a = activityList[i];
    if (!isObject(a)) {
      add(['activities', i], 'field/type');
      continue;
    }
    const day = tryDayNumber(a.date);
    if (day === null) add(['activities', i, 'date'], dateProblem(a.date));
    else activities[i] = day;
    const type = choiceProblem(a.type, ACTIVITY_TYPES, true);
    if (type !== null) add(['activities', i, 'type'], type);
    const mode = choiceProblem(a.mode, ACTIVITY_MODES, false);
    if (mode !== null) add(['activities', i, 'mode'], mode);
    const hours = numberProblem(a.hours, 0);
    if (hours !== null) add(['activities', i, 'hours'], hours);
  }

  const applicationList = list(input.applications, ['applications']);
  const applications = new Int32Array(applicationList.length);
  for (let i = 0; i < applicationList.length; i++) {
    const a = applicationList[i];
    if (!isObject(a)) {
      add(['applications', i], 'field/type');
      continue;
    }
    const day = tryDayNumber(a.date);
    if (day === null) add(['applications', i, 'date'], dateProblem(a.date));
    else applications[i] = day;
    const result = choiceProblem(a.result, RESULTS, true);
    if (result !== null) add(['applications', i, 'result'], result);
    const channel = choiceProblem(a.channel, CHANNELS, false);
    if (channel !== null) add(['applications', i, 'channel'], channel);
  }

  const reports: Spoor2Days['reports'] = [];
  const numbers = new Set<string>();
  list(input.reports, ['reports']).forEach((r, i) => {
    if (!isObject(r)) {
      add(['reports', i], 'field/type');
      return;
    }
    choice(r.kind, REPORT_KINDS, ['reports', i, 'kind'], true);
    const day = date(r.date, ['reports', i, 'date']);
    if (r.number !== undefined) {
      if (typeof r.number !== 'number' || !Number.isInteger(r.number))
        add(['reports', i, 'number'], 'field/integer');
      else if (r.number < 1) add(['reports', i, 'number'], 'field/too-small');
      else {
        const key = `${String(r.kind)} ${r.number}`;
        if (numbers.has(key)) add(['reports', i, 'number'], 'spoor2/report-number-duplicate');
        numbers.add(key);
      }
    }
    if (day !== null && REPORT_KINDS.has(r.kind))
      reports.push({ kind: r.kind as Spoor2ReportKind, day });
  });

  let outcome: number | null = null;
  if (object(input.outcome, ['outcome'])) {
    choice(input.outcome.kind, OUTCOME_KINDS, ['outcome', 'kind'], true);
    outcome = optionalDate(input.outcome.date, ['outcome', 'date']);
    number(input.outcome.hoursPerWeek, ['outcome', 'hoursPerWeek'], 0);
  }

  if (referral !== null) {
    const before = (day: number | null, path: Path) => {
      if (day !== null && day < referral) add(path, 'spoor2/before-referral');
    };
    before(intake, ['intake']);
    if (intake !== null && plan !== null && plan < intake)
      add(['plan', 'date'], 'spoor2/plan-before-intake');
    else before(plan, ['plan', 'date']);
    before(outcome, ['outcome', 'date']);
    before(end, ['end']);
  }
  if (end !== null) {
    if (intake !== null && intake > end) add(['intake'], 'spoor2/after-end');
    if (plan !== null && plan > end) add(['plan', 'date'], 'spoor2/after-end');
  }

  if (issues.length > 0 || referral === null) return { issues, days: null };
  return {
    issues,
    days: {
      referral,
      intake,
      adReport,
      plan,
      end,
      outcome,
      phases,
      activities,
      applications,
      reports,
    },
  };
}
