import type { Finding } from '@poortwachter/core';
import type { CliIssue } from '../cli-issue.js';

/**
 * A document finding as a problem of the run: the finding as it is (code, severity, path,
 * message), and the content file as its argument when it concerns the document as a whole. The
 * text line leads with the severity (`fout: …`).
 *
 * @param finding - A finding of `checkDocument()` or `DocumentIncompleteError`.
 * @param file - The content file, for findings without a path.
 * @returns The issue.
 * @example
 * ```ts
 * findingProblem({ code: 'document/plan-van-aanpak/missing', severity: 'error', path: ['endGoal'], message }, 'plan.json');
 * // { code: 'document/plan-van-aanpak/missing', severity: 'error', path: ['endGoal'], message }
 * ```
 * @category Report
 */
export function findingProblem(finding: Finding, file: string): CliIssue {
  return (finding.path ?? []).length === 0 ? { ...finding, argument: file } : { ...finding };
}
