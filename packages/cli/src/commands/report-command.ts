import { todayInAmsterdam } from '@poortwachter/core';
import { DOCUMENT_KINDS } from '@poortwachter/schema';
import { CliError } from '../cli-error.js';
import type { CliIo } from '../cli-io.js';
import { cliIssue } from '../cli-issue.js';
import type { Lang } from '../detect-lang.js';
import { formatProblem } from '../format-problem.js';
import { helpText } from '../help/help-text.js';
import { parseChoice } from '../input/parse-choice.js';
import { parseDateOption } from '../input/parse-date-option.js';
import { parseCommandLine } from '../parse-command-line.js';
import { findingProblem } from '../render/finding-problem.js';
import { renderContentFile } from '../render/render-content-file.js';
import { COMMON_OPTIONS } from './common-options.js';

/**
 * `poortwachter report <content.json> -o <file.docx> [--kind K] [--theme t.json]
 * [--template t.docx] [--allow-incomplete] [--force] [--as-of D]` makes one Word document
 * (in the standard layout, or filling a customer's template) and prints its path;
 * `poortwachter report --list` prints the document kinds with their Dutch and English titles.
 * Findings of a document that was made all the same go to stderr.
 *
 * @param argv - The arguments after `report`.
 * @param io - The run's streams and environment.
 * @param lang - The language of the run.
 * @returns The exit code: `0` when the document was written.
 * @throws CliError: exit 1 when the document is incomplete (its findings on stderr), exit 2 for
 *   a wrong request, invalid content or an existing output without `--force`.
 * @example
 * ```ts
 * await reportCommand(['plan.json', '-o', 'plan.docx'], io, 'nl'); // 0, plan.docx written
 * ```
 * @category Commands
 */
export async function reportCommand(
  argv: readonly string[],
  io: CliIo,
  lang: Lang,
): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    ...COMMON_OPTIONS,
    output: { type: 'string', short: 'o' },
    kind: { type: 'string' },
    theme: { type: 'string' },
    template: { type: 'string' },
    'allow-incomplete': { type: 'boolean' },
    force: { type: 'boolean' },
    'as-of': { type: 'string' },
    list: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(helpText('report', lang));
    return 0;
  }
  parseChoice('--lang', values.lang ?? lang, ['nl', 'en']);
  if (values.list) {
    const width = Math.max(...DOCUMENT_KINDS.map((k) => k.kind.length));
    for (const { kind, title } of DOCUMENT_KINDS)
      io.stdout.write(`${kind.padEnd(width)}  ${title.nl} (${title.en})\n`);
    return 0;
  }
  const asOf = parseDateOption('--as-of', values['as-of']) ?? todayInAmsterdam();
  const [input, ...extra] = positionals;
  const missing = [
    ...(input === undefined ? [cliIssue('cli/missing-content-file', '<content.json>')] : []),
    ...(values.output === undefined ? [cliIssue('cli/missing-output', '--output')] : []),
    ...extra.map((arg) => cliIssue('cli/unexpected-argument', arg)),
  ];
  if (input === undefined || values.output === undefined || missing.length > 0)
    throw new CliError(missing);
  const { findings } = await renderContentFile({
    input,
    output: values.output,
    cwd: io.cwd,
    kind: values.kind,
    theme: values.theme,
    template: values.template,
    asOf,
    lang,
    allowIncomplete: values['allow-incomplete'] === true,
    force: values.force === true,
  });
  for (const finding of findings)
    io.stderr.write(`${formatProblem(findingProblem(finding, input), lang)}\n`);
  io.stdout.write(`${values.output}\n`);
  return 0;
}
