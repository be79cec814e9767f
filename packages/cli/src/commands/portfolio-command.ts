import { CliError } from '../cli-error.js';
import type { CliIo } from '../cli-io.js';
import type { CliIssue } from '../cli-issue.js';
import type { Lang } from '../detect-lang.js';
import { formatPortfolioCsv } from '../format/format-portfolio-csv.js';
import { formatPortfolioText } from '../format/format-portfolio-text.js';
import { helpText } from '../help/help-text.js';
import { attempt } from '../input/attempt.js';
import { parseChoice } from '../input/parse-choice.js';
import { createPainter } from '../output/create-painter.js';
import { useColour } from '../output/use-colour.js';
import { parseCommandLine } from '../parse-command-line.js';
import { PORTFOLIO_OPTIONS, portfolioOptions } from '../portfolio/portfolio-options.js';
import { readPortfolio } from '../portfolio/read-portfolio.js';
import { writeIssues } from '../write-issues.js';
import { COMMON_OPTIONS } from './common-options.js';

/**
 * `poortwachter portfolio <dir-or-glob>… [--as-of D] [--window N] [--group-by K[,K]]
 * [--format text|json|csv]`: reads every case file of a folder or glob, one at a time, and prints
 * the portfolio as of the date: the work list (overdue and due within the window) and the
 * summary's tables (text), the summary and work list (`json`, as
 * {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#8-portfolio | docs/contract.md §8}),
 * or the figures table (`csv`). A file that is not a valid case file is skipped and listed on
 * stderr with its problems; the run goes on and ends with exit code 1. A progress bar shows on
 * stderr only when it is a terminal.
 *
 * @param argv - The arguments after `portfolio`.
 * @param io - The run's streams and environment.
 * @param lang - The language of the run.
 * @returns The exit code: `1` when a file was skipped (or a case could not be used), else `0`.
 * @throws CliError (exit 2) for a wrong request or a pattern that matches no file.
 * @example
 * ```ts
 * await portfolioCommand(['fixtures/portfolio', '--as-of', '2025-09-01', '--format', 'csv'], io, 'nl'); // 0
 * ```
 * @category Commands
 */
export async function portfolioCommand(
  argv: readonly string[],
  io: CliIo,
  lang: Lang,
): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    ...COMMON_OPTIONS,
    ...PORTFOLIO_OPTIONS,
    format: { type: 'string' },
  });
  if (values.help) {
    io.stdout.write(helpText('portfolio', lang));
    return 0;
  }
  const wrong: CliIssue[] = [];
  attempt(() => parseChoice('--lang', values.lang ?? lang, ['nl', 'en']), wrong);
  const format = attempt(
    () => parseChoice('--format', values.format ?? 'text', ['text', 'json', 'csv']),
    wrong,
  );
  const { options, groups } = portfolioOptions(values, positionals, wrong);
  if (wrong.length > 0 || format === undefined) throw new CliError(wrong);
  const { summary, workList, problems } = await readPortfolio(positionals, io, options);
  if (format === 'json') io.stdout.write(`${JSON.stringify({ summary, workList }, null, 2)}\n`);
  else if (format === 'csv') io.stdout.write(formatPortfolioCsv(summary, groups));
  else
    io.stdout.write(
      formatPortfolioText(summary, workList, lang, createPainter(useColour(io, 'stdout')), groups),
    );
  writeIssues(problems, io, lang, format === 'json');
  return problems.length > 0 || summary.invalid > 0 ? 1 : 0;
}
