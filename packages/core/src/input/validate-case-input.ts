import { tryDayNumber } from '../calendar/day-number.js';
import { CASE_EVENT_TYPES } from '../case/case-event-types.js';
import { SPOOR2_SKIP_GROUNDS } from '../case/spoor2-skip-grounds.js';
import type { IssuePath } from '../issues/issue.js';
import { validateOptions } from '../options/validate-options.js';
import type { LeaveDays } from '../periods/build-chains.js';
import type { Segment } from '../periods/chain.js';
import { WAITING_PERIOD_EXTENSIONS } from '../rules/waiting-period-extensions.js';
import { validateSpoor2Input } from '../spoor2/validate-spoor2-input.js';
import type { CaseEvent } from '../types.js';
import { CASE_FILE_FIELDS } from './case-file-fields.js';
import { dateIssue } from './date-issue.js';
import type { InputIssue } from './input-issue.js';
import { INPUT_ISSUE_MESSAGES, type InputIssueCode } from './input-issue-codes.js';
import { inputIssue } from './input-issue-detail.js';
import { fieldsOf, unknownFields, unknownItemKeys } from './unknown-fields.js';

const issue = (path: IssuePath, code: InputIssueCode): InputIssue => ({
  path,
  code,
  message: INPUT_ISSUE_MESSAGES[code],
});

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Per event type: which fields it requires beyond its date. */
const EVENT_TYPES = /* @__PURE__ */ new Map<
  string,
  { ground: boolean; motivation: boolean; weeks: boolean }
>(
  /* @__PURE__ */ CASE_EVENT_TYPES.map((e) => {
    const requires: readonly string[] = e.requires;
    return [
      e.type,
      {
        ground: requires.includes('ground'),
        motivation: requires.includes('motivation'),
        weeks: requires.includes('weeks'),
      },
    ];
  }),
);
const GROUNDS: readonly string[] = /* @__PURE__ */ SPOOR2_SKIP_GROUNDS.map((g) => g.ground);
const EVENT_TYPE_NAMES: readonly string[] = /* @__PURE__ */ CASE_EVENT_TYPES.map((e) => e.type);
/** The parts checked below; the generic walk only checks that their key is known. */
const LISTS: ReadonlySet<string> = new Set(['sickPeriods', 'leavePeriods', 'events', 'spoor2']);

/** A list field: `field/type` when present but not a list. */
function listAt(input: Record<string, unknown>, key: string, issues: InputIssue[]): unknown[] {
  const value = input[key];
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  issues.push(issue([key], 'field/type'));
  return [];
}

/** `[parent, index, key]`, or `[parent, key]` without an index. */
const pathOf = (parent: string, index: number | null, key: string): IssuePath =>
  index === null ? [parent, key] : [parent, index, key];

/** A date field of an object: its day number, or `null` after recording the problem. */
function dayAt(
  item: Record<string, unknown>,
  key: string,
  parent: string,
  index: number | null,
  issues: InputIssue[],
  required: boolean,
): number | null {
  const value = item[key];
  if (value === undefined || value === null) {
    if (required) issues.push(issue(pathOf(parent, index, key), 'field/required'));
    return null;
  }
  const day = tryDayNumber(value);
  if (day !== null) return day;
  issues.push(dateIssue(value, pathOf(parent, index, key))!);
  return null;
}

/**
 * Checks everything the engine reads of a case before it computes: the input is an object with
 * only the keys of the case file (an unknown key such as `employee.diagnose` is
 * `field/unknown`, so no health data fits anywhere), real dates without a time, at least one sick
 * period, no end before its start, no overlapping periods, only the latest period open, leave
 * that does not overlap sickness, known event types with the fields they require (a
 * `spoor-2-niet-nodig` ground and its motivation, the weeks of an extension), and valid rule
 * options. Returns issues as data (empty when the case can be computed); `@poortwachter/schema`
 * reports them with the same codes and words, and the engine throws them as a
 * {@link PoortwachterInputError}.
 *
 * @param input - The case (untrusted).
 * @returns The problems found, each with a field path.
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#0-counting | docs/rules.md ("Counting")}; {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#1-case-file | docs/contract.md ("Case file")}
 * @example
 * ```ts
 * validateCaseInput({ sickPeriods: [{ start: '2025-03-10', end: '2025-03-01' }] });
 * // [{ path: ['sickPeriods', 0, 'end'], code: 'period/end-before-start', message: {…} }]
 * validateCaseInput({ sickPeriods: [{ start: '2025-03-10' }], employee: { diagnose: '…' } })[0]?.code;
 * // 'field/unknown'
 * ```
 * @category Case file
 */
export function validateCaseInput(input: unknown): InputIssue[] {
  return readCaseInput(input).issues;
}

/** What {@link readCaseInput} read of a case: its problems, and its periods and events as day numbers. */
export interface ReadCase {
  issues: InputIssue[];
  /** The valid sick periods, sorted by start. */
  segments: Segment[];
  /** The valid leave periods. */
  leaves: LeaveDays[];
  /** The events with a valid date and type, in input order. */
  events: { day: number; event: CaseEvent }[];
}

/**
 * Checks a case as {@link validateCaseInput} does and keeps what it read (periods and event
 * dates as day numbers), so the engine reads every date once.
 *
 * @param input - The case (untrusted).
 * @returns The problems and what was read.
 */
export function readCaseInput(input: unknown): ReadCase {
  if (!isObject(input))
    return { issues: [issue([], 'field/not-object')], segments: [], leaves: [], events: [] };
  const issues: InputIssue[] = unknownFields(input, CASE_FILE_FIELDS, [], LISTS);
  if (input.options !== undefined) issues.push(...validateOptions(input.options, ['options']));

  const periods = listAt(input, 'sickPeriods', issues);
  if (input.sickPeriods === undefined || input.sickPeriods === null)
    issues.push(issue(['sickPeriods'], 'field/required'));
  else if (Array.isArray(input.sickPeriods) && periods.length === 0)
    issues.push(issue(['sickPeriods'], 'periods/empty'));

  const valid: (Segment & { index: number })[] = [];
  const periodFields = fieldsOf(CASE_FILE_FIELDS.sickPeriods[0]);
  for (let index = 0; index < periods.length; index++) {
    const p = periods[index];
    if (!isObject(p)) {
      issues.push(issue(['sickPeriods', index], 'field/type'));
      continue;
    }
    unknownItemKeys(p, periodFields, 'sickPeriods', index, issues);
    const before = issues.length;
    const start = dayAt(p, 'start', 'sickPeriods', index, issues, true);
    const end = dayAt(p, 'end', 'sickPeriods', index, issues, false);
    if (issues.length > before || start === null) continue;
    if (end !== null && end < start)
      issues.push(issue(['sickPeriods', index, 'end'], 'period/end-before-start'));
    else valid.push({ index, start, end });
  }

  const sorted = valid.length > 1 ? valid.sort((a, b) => a.start - b.start) : valid;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const p = sorted[i]!;
    const next = sorted[i + 1]!;
    if (p.end === null)
      issues.push(issue(['sickPeriods', p.index, 'end'], 'period/open-not-latest'));
    else if (next.start <= p.end) issues.push(issue(['sickPeriods', next.index], 'period/overlap'));
  }

  const leaveDays: LeaveDays[] = [];
  const leaves = listAt(input, 'leavePeriods', issues);
  const leaveFields = fieldsOf(CASE_FILE_FIELDS.leavePeriods[0]);
  for (let index = 0; index < leaves.length; index++) {
    const l = leaves[index];
    const path = ['leavePeriods', index];
    if (!isObject(l)) {
      issues.push(issue(path, 'field/type'));
      continue;
    }
    unknownItemKeys(l, leaveFields, 'leavePeriods', index, issues);
    if (l.kind !== 'zwangerschaps-en-bevallingsverlof')
      issues.push(
        inputIssue(l.kind === undefined ? 'field/required' : 'field/choice', [...path, 'kind'], {
          choices: ['zwangerschaps-en-bevallingsverlof'],
        }),
      );
    if (l.sameCause !== undefined && typeof l.sameCause !== 'boolean')
      issues.push(issue([...path, 'sameCause'], 'field/type'));
    const start = dayAt(l, 'start', 'leavePeriods', index, issues, true);
    const end = dayAt(l, 'end', 'leavePeriods', index, issues, true);
    if (start === null || end === null) continue;
    if (end < start) issues.push(issue([...path, 'end'], 'period/end-before-start'));
    else if (valid.some((p) => p.start <= end && (p.end === null || p.end >= start)))
      issues.push(issue(path, 'leave/overlaps-sickness'));
    else leaveDays.push({ start, end, sameCause: l.sameCause !== false });
  }

  const readEvents: { day: number; event: CaseEvent }[] = [];
  const events = listAt(input, 'events', issues);
  const eventFields = fieldsOf(CASE_FILE_FIELDS.events[0]);
  for (let index = 0; index < events.length; index++) {
    const e = events[index];
    if (!isObject(e)) {
      issues.push(issue(['events', index], 'field/type'));
      continue;
    }
    unknownItemKeys(e, eventFields, 'events', index, issues);
    const day = dayAt(e, 'date', 'events', index, issues, true);
    const row = typeof e.type === 'string' ? EVENT_TYPES.get(e.type) : undefined;
    if (row === undefined) {
      const code = e.type === undefined ? 'field/required' : 'field/choice';
      issues.push(inputIssue(code, pathOf('events', index, 'type'), { choices: EVENT_TYPE_NAMES }));
      continue;
    }
    if (e.motivation !== undefined && typeof e.motivation !== 'string')
      issues.push(issue(pathOf('events', index, 'motivation'), 'field/type'));
    if (row.motivation && (typeof e.motivation !== 'string' || e.motivation.trim() === ''))
      issues.push(
        issue(
          pathOf('events', index, 'motivation'),
          e.motivation === undefined ? 'field/required' : 'text/blank',
        ),
      );
    if (row.ground) {
      if (e.ground === undefined)
        issues.push(issue(pathOf('events', index, 'ground'), 'field/required'));
      else if (!GROUNDS.includes(e.ground as string))
        issues.push(
          inputIssue('field/choice', pathOf('events', index, 'ground'), { choices: GROUNDS }),
        );
    } else if (e.ground !== undefined)
      issues.push(issue(pathOf('events', index, 'ground'), 'field/unknown'));
    if (row.weeks) {
      const weeks = e.weeks;
      if (weeks === undefined)
        issues.push(issue(pathOf('events', index, 'weeks'), 'field/required'));
      else if (typeof weeks !== 'number')
        issues.push(issue(pathOf('events', index, 'weeks'), 'field/type'));
      else if (!Number.isInteger(weeks))
        issues.push(issue(pathOf('events', index, 'weeks'), 'field/integer'));
      else if (weeks < 1)
        issues.push(inputIssue('field/too-small', pathOf('events', index, 'weeks'), { limit: 1 }));
      else if (e.type === 'loonsanctie' && weeks > WAITING_PERIOD_EXTENSIONS.loonsanctie.maxWeeks)
        issues.push(
          inputIssue('field/too-big', pathOf('events', index, 'weeks'), {
            limit: WAITING_PERIOD_EXTENSIONS.loonsanctie.maxWeeks,
          }),
        );
    } else if (e.weeks !== undefined)
      issues.push(issue(pathOf('events', index, 'weeks'), 'field/unknown'));
    if (day !== null) readEvents.push({ day, event: e as unknown as CaseEvent });
  }

  if (input.spoor2 !== undefined && input.spoor2 !== null)
    issues.push(...validateSpoor2Input(input.spoor2));
  const employee = input.employee;
  if (isObject(employee)) {
    dayAt(employee, 'dateOfBirth', 'employee', null, issues, false);
    dayAt(employee, 'aowDate', 'employee', null, issues, false);
  }
  return { issues, segments: sorted, leaves: leaveDays, events: readEvents };
}
