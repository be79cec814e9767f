import { tryDayNumber } from '../calendar/day-number.js';
import type { IssuePath } from '../issues/issue.js';
import type { InputIssue } from './input-issue.js';
import { INPUT_ISSUE_MESSAGES } from './input-issue-codes.js';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/**
 * The problem with a value that should be a calendar date `YYYY-MM-DD`, or `null` when it is
 * one: `field/type` for a non-string, `date/has-time` for a date with a time (from an HR API:
 * use `dateInAmsterdam`), `date/invalid` for anything else that is not an existing date.
 *
 * @param value - The value.
 * @param path - Its path.
 * @returns The issue, or `null`.
 * @example
 * ```ts
 * dateIssue('2025-01-01T14:50:48+01:00', ['sickPeriods', 0, 'start'])?.code; // 'date/has-time'
 * dateIssue('2025-02-30', ['asOf'])?.code; // 'date/invalid'
 * dateIssue('2025-02-28', ['asOf']); // null
 * ```
 * @category Issues
 */
export function dateIssue(value: unknown, path: IssuePath): InputIssue | null {
  if (typeof value !== 'string')
    return { code: 'field/type', path, message: INPUT_ISSUE_MESSAGES['field/type'] };
  if (tryDayNumber(value) !== null) return null;
  const code = DATE_TIME.test(value) ? 'date/has-time' : 'date/invalid';
  return { code, path, message: INPUT_ISSUE_MESSAGES[code] };
}
