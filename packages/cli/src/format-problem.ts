import { pathText, SEVERITY_LABELS } from '@poortwachter/core';
import type { CliIssue } from './cli-issue.js';
import type { Lang } from './detect-lang.js';

/**
 * Formats an issue as its stderr line: `<argument>:<field path>: <message>` (either part left
 * out when absent), led by the severity of a finding (`fout: …`); an issue about the input as a
 * whole is just its message.
 *
 * @param issue - The issue.
 * @param lang - The language of the run.
 * @returns The line, without a newline.
 * @example
 * ```ts
 * formatProblem(cliIssue('cli/invalid-date', '--as-of'), 'nl'); // '--as-of: geen bestaande datum in de vorm JJJJ-MM-DD'
 * ```
 * @category CLI
 */
export function formatProblem(issue: CliIssue, lang: Lang): string {
  const where = [issue.argument, pathText(issue.path ?? [])].filter((w) => w).join(':');
  const severity = issue.severity ? `${SEVERITY_LABELS[issue.severity][lang]}: ` : '';
  return where === ''
    ? `${severity}${issue.message[lang]}`
    : `${where}: ${severity}${issue.message[lang]}`;
}
