import type { CaseIssue } from './case-issue.js';

/**
 * Formats an issue as one line, `<path>: <message>`, as the CLI prints it to stderr. An issue on
 * the input as a whole (empty path) is just its message.
 *
 * @param issue - An issue from {@link parseCase}.
 * @returns One line of text, without a trailing newline.
 * @example
 * ```ts
 * const result = parseCase({ sickPeriods: [{ start: '2025-02-30' }] });
 * if (!result.success) console.error(result.issues.map(formatIssue).join('\n'));
 * // sickPeriods[0].start: Dit is geen bestaande datum in de vorm JJJJ-MM-DD.
 * ```
 * @category Messages
 */
export function formatIssue(issue: CaseIssue): string {
  return issue.pathText === '' ? issue.message : `${issue.pathText}: ${issue.message}`;
}
