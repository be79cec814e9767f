/**
 * One problem with an input, ready to show: the field path as data and as text, a stable code and
 * a message in the language asked for. The message never contains an input value.
 *
 * `code` is this package's or core's code for its own checks (`date/invalid`, `bsn/checksum`,
 * `period/overlap`, …) and zod's issue code otherwise (`invalid_type`, `unrecognized_keys`, …).
 *
 * @example
 * ```ts
 * const issue: CaseIssue = {
 *   path: ['sickPeriods', 1, 'end'],
 *   pathText: 'sickPeriods[1].end',
 *   code: 'period/end-before-start',
 *   message: 'De einddatum ligt vóór de begindatum.',
 * };
 * ```
 * @category Messages
 */
export interface CaseIssue {
  path: (string | number)[];
  pathText: string;
  code: string;
  message: string;
}
