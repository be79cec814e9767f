import type { Case } from '@poortwachter/schema';
import { CliError } from '../cli-error.js';
import { cliIssue } from '../cli-issue.js';
import { parseDateOption } from './parse-date-option.js';
import { readJsonFile } from './read-json-file.js';
import { validateCase } from './validate-case.js';

/**
 * The case a `timeline` or `check` run is about: the one case file among the positionals, or,
 * with `--first-sick-day`, a case with one open sick period from that day (a quick look).
 *
 * @param positionals - The command's positional arguments.
 * @param firstSickDay - The value of `--first-sick-day`, if given.
 * @param cwd - The directory relative paths are resolved against.
 * @returns The validated case.
 * @throws CliError (exit 2) for a missing or extra argument, both a file and `--first-sick-day`,
 *   a bad date or an invalid case file.
 * @example
 * ```ts
 * await loadTimelineCase([], '2025-01-06', process.cwd()); // { sickPeriods: [{ start: '2025-01-06' }], … }
 * ```
 * @category Input
 */
export async function loadTimelineCase(
  positionals: readonly string[],
  firstSickDay: string | undefined,
  cwd: string,
): Promise<Case> {
  const [file, ...extra] = positionals;
  if (extra.length > 0)
    throw new CliError(extra.map((arg) => cliIssue('cli/unexpected-argument', arg)));
  const start = parseDateOption('--first-sick-day', firstSickDay);
  if (file !== undefined && start !== undefined)
    throw new CliError([cliIssue('cli/case-and-first-sick-day', '--first-sick-day')]);
  if (start !== undefined) return validateCase({ sickPeriods: [{ start }] }, '--first-sick-day');
  if (file === undefined) throw new CliError([cliIssue('cli/missing-case', '<case.json>')]);
  return validateCase(await readJsonFile(file, cwd), file);
}
