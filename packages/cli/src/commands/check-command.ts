import { checkCase, todayInAmsterdam } from '@poortwachter/core';
import type { CliIo } from '../cli-io.js';
import type { Lang } from '../detect-lang.js';
import { formatFindingsText } from '../format/format-findings-text.js';
import { helpText } from '../help/help-text.js';
import { loadTimelineCase } from '../input/load-timeline-case.js';
import { parseChoice } from '../input/parse-choice.js';
import { parseDateOption } from '../input/parse-date-option.js';
import { createPainter } from '../output/create-painter.js';
import { useColour } from '../output/use-colour.js';
import { parseCommandLine } from '../parse-command-line.js';
import { CASE_OPTIONS } from './common-options.js';

/**
 * `poortwachter check <case.json> | --first-sick-day D [--as-of D] [--format text|json]`:
 * prints the compliance findings of `checkCase()`, as text lines or as `{ "findings": [...] }`
 * (contract.md §4).
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
  const { values, positionals } = parseCommandLine(argv, CASE_OPTIONS);
  if (values.help) {
    io.stdout.write(helpText('check', lang));
    return 0;
  }
  parseChoice('--lang', values.lang ?? lang, ['nl', 'en']);
  const format = parseChoice('--format', values.format ?? 'text', ['text', 'json']);
  const asOf = parseDateOption('--as-of', values['as-of']) ?? todayInAmsterdam();
  const caseFile = await loadTimelineCase(positionals, values['first-sick-day'], io.cwd, lang);
  const findings = checkCase(caseFile, { asOf });
  io.stdout.write(
    format === 'json'
      ? `${JSON.stringify({ findings }, null, 2)}\n`
      : formatFindingsText(findings, lang, createPainter(useColour(io, 'stdout'))),
  );
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
