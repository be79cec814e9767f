import type { Issue } from '../issues/issue.js';
import type { InputIssueCode } from './input-issue-codes.js';

/**
 * One problem with an input: an {@link Issue} with an {@link InputIssueCode} and the `path` of
 * the offending field. Messages never contain input values, so a BSN or health data can never
 * end up in a log through them.
 *
 * @example
 * ```ts
 * const issue: InputIssue = {
 *   path: ['sickPeriods', 1, 'end'],
 *   code: 'period/end-before-start',
 *   message: { nl: 'De einddatum ligt vóór de begindatum.', en: 'The end date is before the start date.' },
 * };
 * ```
 * @category Issues
 */
export interface InputIssue extends Issue<InputIssueCode> {
  path: (string | number)[];
}
