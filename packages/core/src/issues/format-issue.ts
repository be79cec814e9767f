import type { Issue } from './issue.js';
import type { Lang } from './lang.js';
import { pathText } from './path-text.js';

/**
 * Formats an issue as one line in one language, `<path>: <message>`, as the CLI prints it on
 * stderr. An issue without a path (or on the input as a whole) is just its message.
 *
 * @param issue - Any issue: an input problem, a schema problem, a finding.
 * @param lang - `nl` (default) or `en`.
 * @returns One line of text, without a trailing newline.
 * @example
 * ```ts
 * formatIssue({
 *   code: 'period/end-before-start',
 *   path: ['sickPeriods', 0, 'end'],
 *   message: { nl: 'De einddatum ligt vóór de begindatum.', en: 'The end date is before the start date.' },
 * }, 'en');
 * // 'sickPeriods[0].end: The end date is before the start date.'
 * ```
 * @category Issues
 */
export function formatIssue(issue: Issue, lang: Lang = 'nl'): string {
  const where = pathText(issue.path ?? []);
  return where === '' ? issue.message[lang] : `${where}: ${issue.message[lang]}`;
}
