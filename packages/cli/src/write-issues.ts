import type { CliIo } from './cli-io.js';
import type { CliIssue } from './cli-issue.js';
import type { Lang } from './detect-lang.js';
import { formatProblem } from './format-problem.js';

/**
 * Writes problems to stderr: one line each (`<where>: <message>`, in the run's language), or,
 * for a run with `--format json`, one object `{ "issues": [...] }` in the library's issue shape,
 * so that a script can read codes and paths ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#5-command-line | docs/contract.md §5}).
 *
 * @param issues - The problems.
 * @param io - The run's streams.
 * @param lang - The language of the text lines.
 * @param json - Write JSON.
 * @example
 * ```ts
 * writeIssues([cliIssue('file/not-found', 'case.json')], io, 'nl', true);
 * // stderr: {"issues":[{"code":"file/not-found","argument":"case.json","message":{…}}]}
 * ```
 * @category CLI
 */
export function writeIssues(
  issues: readonly CliIssue[],
  io: Pick<CliIo, 'stderr'>,
  lang: Lang,
  json: boolean,
): void {
  if (json) io.stderr.write(`${JSON.stringify({ issues }, null, 2)}\n`);
  else for (const issue of issues) io.stderr.write(`${formatProblem(issue, lang)}\n`);
}
