import { type Finding, todayInAmsterdam } from '@poortwachter/core';
import { DOCUMENT_KINDS } from '@poortwachter/schema';
import { CliError } from '../cli-error.js';
import type { CliIo } from '../cli-io.js';
import { cliIssue } from '../cli-issue.js';
import type { Lang } from '../detect-lang.js';
import { formatProblem } from '../format-problem.js';
import { helpText } from '../help/help-text.js';
import { parseChoice } from '../input/parse-choice.js';
import { parseDateOption } from '../input/parse-date-option.js';
import { parseNumberOption } from '../input/parse-number-option.js';
import { parseCommandLine } from '../parse-command-line.js';
import { findingProblem } from '../render/finding-problem.js';
import { fromCaseProblem } from '../render/from-case-problem.js';
import { renderContentFile } from '../render/render-content-file.js';
import { renderFromCase } from '../render/render-from-case.js';
import { COMMON_OPTIONS } from './common-options.js';

/** The options that only go with `--from-case`. */
const FROM_CASE_ONLY = ['narrative', 'date', 'from', 'to', 'number'] as const;

/**
 * `poortwachter report <content.json> -o <file.docx> [--kind K] [--theme t.json]
 * [--template t.docx] [--allow-incomplete] [--omit-bsn] [--force] [--as-of D]` makes one Word document
 * (in the standard layout, or filling a customer's template) and prints its path;
 * `poortwachter report --list` prints the document kinds with their Dutch and English titles;
 * `poortwachter report --from-case <case.json> --kind <spoor-2-kind> [--narrative n.json]
 * [--date D] [--from D --to D] [--number N] -o <file.docx>` builds a spoor-2 report straight
 * from the case's trajectory and a narrative (`renderFromCase`). Findings of a document that was
 * made all the same go to stderr. `poortwachter report portfolio <dir-or-glob>… -o <file.docx>`
 * makes a management report of a portfolio of case files (`reportPortfolioCommand`).
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
 * await reportCommand(['--from-case', 'case.json', '--kind', 'spoor-2-voortgang', '--from', '2025-04-12', '--to', '2025-05-23', '-o', 'v2.docx'], io, 'nl');
 * ```
 * @category Commands
 */
export async function reportCommand(
  argv: readonly string[],
  io: CliIo,
  lang: Lang,
): Promise<number> {
  if (argv[0] === 'portfolio')
    return (await import('./report-portfolio-command.js')).reportPortfolioCommand(
      argv.slice(1),
      io,
      lang,
    );
  const { values, positionals } = parseCommandLine(argv, {
    ...COMMON_OPTIONS,
    output: { type: 'string', short: 'o' },
    kind: { type: 'string' },
    theme: { type: 'string' },
    template: { type: 'string' },
    'allow-incomplete': { type: 'boolean' },
    'omit-bsn': { type: 'boolean' },
    force: { type: 'boolean' },
    'as-of': { type: 'string' },
    list: { type: 'boolean' },
    'from-case': { type: 'string' },
    narrative: { type: 'string' },
    date: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    number: { type: 'string' },
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
  const fromCase = values['from-case'];
  const [input, ...extra] = positionals;
  const missing = [
    ...(input === undefined && fromCase === undefined
      ? [cliIssue('cli/missing-content-file', '<content.json>')]
      : []),
    ...(input !== undefined && fromCase !== undefined
      ? [cliIssue('cli/from-case-and-content-file', '--from-case')]
      : []),
    ...(fromCase === undefined
      ? FROM_CASE_ONLY.filter((o) => values[o] !== undefined).map((o) =>
          cliIssue('cli/only-with-from-case', `--${o}`),
        )
      : []),
    ...(values.output === undefined ? [cliIssue('cli/missing-output', '--output')] : []),
    ...extra.map((arg) => cliIssue('cli/unexpected-argument', arg)),
  ];
  if (values.output === undefined || missing.length > 0) throw new CliError(missing);
  const common = {
    output: values.output,
    cwd: io.cwd,
    theme: values.theme,
    template: values.template,
    asOf,
    allowIncomplete: values['allow-incomplete'] === true,
    omitBsn: values['omit-bsn'] === true,
    force: values.force === true,
  };
  const problem = (finding: Finding) =>
    fromCase === undefined
      ? findingProblem(finding, input!)
      : fromCaseProblem(finding, fromCase, values.narrative);
  const { findings } =
    fromCase === undefined
      ? await renderContentFile({ ...common, input: input!, kind: values.kind })
      : await renderFromCase({
          ...common,
          caseFile: fromCase,
          kind: values.kind,
          narrative: values.narrative,
          date: parseDateOption('--date', values.date),
          from: parseDateOption('--from', values.from),
          to: parseDateOption('--to', values.to),
          number: parseNumberOption('--number', values.number),
        });
  for (const finding of findings) io.stderr.write(`${formatProblem(problem(finding), lang)}\n`);
  io.stdout.write(`${values.output}\n`);
  return 0;
}
