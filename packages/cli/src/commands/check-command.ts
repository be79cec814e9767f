import { checkCase } from '@poortwachter/core';
import type { CliIo } from '../cli-io.js';
import type { Lang } from '../detect-lang.js';
import { formatFindingsText } from '../format/format-findings-text.js';
import { readCaseRequest } from '../input/read-case-request.js';
import { createPainter } from '../output/create-painter.js';
import { useColour } from '../output/use-colour.js';

/**
 * `poortwachter check <case.json> | --first-sick-day D [--as-of D] [--format text|json]`:
 * prints the compliance findings of `checkCase()`, as text lines or as `{ "findings": [...] }`
 * ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#4-findings | docs/contract.md §4}).
 *
 * @param argv - The arguments after `check`.
 * @param io - The run's streams and environment.
 * @param lang - The language of the run.
 * @returns The exit code: `1` when any finding is an `error`, else `0`.
 * @throws CliError (exit 2) for a wrong request or an invalid case.
 * @example
 * ```ts
 * await checkCommand(['case.json', '--as-of', '2025-09-01'], io, 'nl'); // 1 when something is overdue
 * ```
 * @category Commands
 */
export async function checkCommand(
  argv: readonly string[],
  io: CliIo,
  lang: Lang,
): Promise<number> {
  const request = await readCaseRequest('check', ['text', 'json'], argv, io, lang);
  if (!request) return 0;
  const { caseFile, asOf, format } = request;
  const findings = checkCase(caseFile, { asOf });
  io.stdout.write(
    format === 'json'
      ? `${JSON.stringify({ findings }, null, 2)}\n`
      : formatFindingsText(findings, lang, createPainter(useColour(io, 'stdout'))),
  );
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
