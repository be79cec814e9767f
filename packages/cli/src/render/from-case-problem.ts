import type { Finding } from '@poortwachter/core';
import type { CliIssue } from '../cli-issue.js';

/**
 * A finding of a report built from a case (`report --from-case`) as a problem of the run, named
 * by the file it concerns: a fact from the case (`case.spoor2.…`) by the case file and its path
 * there, anything else by the narrative file and its field (or, without a narrative, the case
 * file when the finding has no field).
 *
 * @param finding - A finding of `checkDocument()` or `DocumentIncompleteError`.
 * @param caseFile - The `--from-case` file, as given.
 * @param narrative - The `--narrative` file, as given, if any.
 * @returns The issue.
 * @example
 * ```ts
 * fromCaseProblem({ code: 'document/spoor-2-voortgang/near-empty', severity: 'error', path: ['case', 'spoor2', 'activities'], message }, 'case.json');
 * // { …, argument: 'case.json', path: ['spoor2', 'activities'] }
 * ```
 * @category Report
 */
export function fromCaseProblem(
  finding: Finding,
  caseFile: string,
  narrative: string | undefined,
): CliIssue {
  const path = finding.path ?? [];
  if (path[0] === 'case') return { ...finding, argument: caseFile, path: path.slice(1) };
  const file = narrative ?? (path.length === 0 ? caseFile : undefined);
  return file === undefined ? { ...finding } : { ...finding, argument: file };
}
