import type { Finding } from '@poortwachter/core';
import { pathText } from '@poortwachter/schema';
import type { Problem } from '../cli-error.js';
import { SEVERITY_DISPLAY } from '../format/severity-display.js';

/**
 * Turns a document finding into a stderr problem: its content path (or the file, for the
 * document as a whole) and its message, led by its severity.
 *
 * @param finding - A finding of `checkDocument()` or `DocumentIncompleteError`.
 * @param file - The content file, for findings without a path.
 * @returns The problem.
 * @example
 * ```ts
 * findingProblem({ code: 'document/plan-van-aanpak/missing', severity: 'error', path: ['endGoal'], message }, 'plan.json');
 * // { path: 'endGoal', message: { nl: 'fout: …', en: 'error: …' } }
 * ```
 * @category Report
 */
export function findingProblem(finding: Finding, file: string): Problem {
  const severity = SEVERITY_DISPLAY[finding.severity].label;
  return {
    path: pathText(finding.path ?? []) || file,
    message: {
      nl: `${severity.nl}: ${finding.message.nl}`,
      en: `${severity.en}: ${finding.message.en}`,
    },
  };
}
