import type { LocalizedText } from '../types.js';

/**
 * One problem with the input of the engine: a path to the offending field (as in zod), a stable
 * code and a message in Dutch and English. Messages never contain input values, so a BSN or
 * health data can never end up in a log through them.
 *
 * @example
 * ```ts
 * const issue: InputIssue = {
 *   path: ['sickPeriods', 1, 'end'],
 *   code: 'period/end-before-start',
 *   message: { nl: 'De einddatum ligt vóór de begindatum.', en: 'The end date is before the start date.' },
 * };
 * ```
 * @category Input
 */
export interface InputIssue {
  path: (string | number)[];
  code: InputIssueCode;
  message: LocalizedText;
}

/**
 * The codes of {@link InputIssue}.
 *
 * @example
 * ```ts
 * const isDate = (issue: InputIssue) => issue.code === 'date/invalid';
 * ```
 * @category Input
 */
export type InputIssueCode =
  | 'date/invalid'
  | 'periods/empty'
  | 'period/end-before-start'
  | 'period/overlap'
  | 'period/open-not-latest'
  | 'leave/overlaps-sickness'
  | 'event/missing-field'
  | 'option/invalid';
