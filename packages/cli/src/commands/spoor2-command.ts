import { assessSpoor2 } from '@poortwachter/core';
import { CliError } from '../cli-error.js';
import type { CliIo } from '../cli-io.js';
import { cliIssue } from '../cli-issue.js';
import type { Lang } from '../detect-lang.js';
import { formatSpoor2Text } from '../format/format-spoor2-text.js';
import { readCaseRequest } from '../input/read-case-request.js';
import { createPainter } from '../output/create-painter.js';
import { useColour } from '../output/use-colour.js';

/**
 * `poortwachter spoor2 <case.json> [--as-of D] [--format text|json]`: prints the assessment of
 * the case's spoor-2 trajectory (`assessSpoor2()`): its phase, figures and findings, as a readable
 * summary or as JSON ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#6-spoor-2 | docs/contract.md §6}).
 *
 * @param argv - The arguments after `spoor2`.
 * @param io - The run's streams and environment.
 * @param lang - The language of the run.
 * @returns The exit code: `1` when any finding is an `error`, else `0`.
 * @throws CliError (exit 2) for a wrong request, an invalid case, or a case without a trajectory.
 * @example
 * ```ts
 * await spoor2Command(['case.json', '--as-of', '2025-06-20', '--format', 'json'], io, 'nl');
 * ```
 * @category Commands
 */
export async function spoor2Command(
  argv: readonly string[],
  io: CliIo,
  lang: Lang,
): Promise<number> {
  const request = await readCaseRequest('spoor2', ['text', 'json'], argv, io, lang);
  if (!request) return 0;
  const { caseFile, asOf, format } = request;
  const assessment = assessSpoor2(caseFile, { asOf });
  if (assessment === null) throw new CliError([cliIssue('cli/no-spoor2', '<case.json>')]);
  io.stdout.write(
    format === 'json'
      ? `${JSON.stringify(assessment, null, 2)}\n`
      : formatSpoor2Text(assessment, lang, createPainter(useColour(io, 'stdout'))),
  );
  return assessment.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
