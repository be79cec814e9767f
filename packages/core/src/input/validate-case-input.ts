import { tryDayNumber } from '../calendar/day-number.js';
import type { CaseInput } from '../types.js';
import type { InputIssue } from './input-issue.js';
import { INPUT_ISSUE_MESSAGES, type InputIssueCode } from './input-issue-codes.js';

const issue = (path: (string | number)[], code: InputIssueCode): InputIssue => ({
  path,
  code,
  message: INPUT_ISSUE_MESSAGES[code],
});

/**
 * Checks what the engine needs of a case beyond its shape: real dates, at least one sick period,
 * no end before its start, no overlapping periods, only the latest period open, leave that does
 * not overlap sickness, a ground and motivation on `spoor-2-niet-nodig`, weeks on extensions.
 * Returns issues as data (empty when the case can be computed); `@poortwachter/schema` turns
 * them into zod issues and {@link computeTimeline} throws them as a {@link PoortwachterInputError}.
 *
 * @param input - The case.
 * @returns The problems found, each with a field path.
 * @see poortwachter-rules.md C2 (periods), contract.md §1 (events)
 * @example
 * ```ts
 * validateCaseInput({ sickPeriods: [{ start: '2025-03-10', end: '2025-03-01' }] });
 * // [{ path: ['sickPeriods', 0, 'end'], code: 'period/end-before-start', message: {…} }]
 * ```
 * @category Input
 */
export function validateCaseInput(input: CaseInput): InputIssue[] {
  const issues: InputIssue[] = [];
  const periods = input.sickPeriods ?? [];
  if (periods.length === 0) issues.push(issue(['sickPeriods'], 'periods/empty'));

  const valid: { index: number; start: number; end: number | null }[] = [];
  periods.forEach((p, index) => {
    const start = tryDayNumber(p.start);
    const end = p.end == null ? null : tryDayNumber(p.end);
    if (start === null) issues.push(issue(['sickPeriods', index, 'start'], 'date/invalid'));
    if (p.end != null && end === null)
      issues.push(issue(['sickPeriods', index, 'end'], 'date/invalid'));
    if (start === null || (p.end != null && end === null)) return;
    if (end !== null && end < start) {
      issues.push(issue(['sickPeriods', index, 'end'], 'period/end-before-start'));
      return;
    }
    valid.push({ index, start, end });
  });

  const sorted = [...valid].sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i]!;
    const next = sorted[i + 1];
    if (next === undefined) break;
    if (p.end === null) {
      issues.push(issue(['sickPeriods', p.index, 'end'], 'period/open-not-latest'));
    } else if (next.start <= p.end) {
      issues.push(issue(['sickPeriods', next.index], 'period/overlap'));
    }
  }

  (input.leavePeriods ?? []).forEach((l, index) => {
    const start = tryDayNumber(l.start);
    const end = tryDayNumber(l.end);
    if (start === null) issues.push(issue(['leavePeriods', index, 'start'], 'date/invalid'));
    if (end === null) issues.push(issue(['leavePeriods', index, 'end'], 'date/invalid'));
    if (start === null || end === null) return;
    if (end < start) {
      issues.push(issue(['leavePeriods', index, 'end'], 'period/end-before-start'));
      return;
    }
    if (valid.some((p) => p.start <= end && (p.end === null || p.end >= start))) {
      issues.push(issue(['leavePeriods', index], 'leave/overlaps-sickness'));
    }
  });

  (input.events ?? []).forEach((e, index) => {
    if (tryDayNumber(e.date) === null)
      issues.push(issue(['events', index, 'date'], 'date/invalid'));
    if (e.type === 'spoor-2-niet-nodig') {
      if (!e.ground) issues.push(issue(['events', index, 'ground'], 'field/required'));
    }
    if (
      (e.type === 'vrijwillige-verlenging' || e.type === 'loonsanctie') &&
      (typeof e.weeks !== 'number' || !Number.isInteger(e.weeks) || e.weeks < 1)
    ) {
      issues.push(issue(['events', index, 'weeks'], 'field/required'));
    }
  });

  const employee = input.employee;
  if (employee?.dateOfBirth != null && tryDayNumber(employee.dateOfBirth) === null)
    issues.push(issue(['employee', 'dateOfBirth'], 'date/invalid'));
  if (employee?.aowDate != null && tryDayNumber(employee.aowDate) === null)
    issues.push(issue(['employee', 'aowDate'], 'date/invalid'));
  (input.options?.workingDays?.nonWorkingDays ?? []).forEach((d, index) => {
    if (tryDayNumber(d) === null)
      issues.push(issue(['options', 'workingDays', 'nonWorkingDays', index], 'date/invalid'));
  });
  return issues;
}
