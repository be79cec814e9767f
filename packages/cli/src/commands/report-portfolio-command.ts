import { resolve } from 'node:path';
import { renderPortfolioReport } from '@poortwachter/report';
import { nodeRasterizer } from '@poortwachter/report-raster/node';
import { CliError } from '../cli-error.js';
import type { CliIo } from '../cli-io.js';
import { type CliIssue, cliIssue } from '../cli-issue.js';
import type { Lang } from '../detect-lang.js';
import { helpText } from '../help/help-text.js';
import { attempt } from '../input/attempt.js';
import { parseChoice } from '../input/parse-choice.js';
import { readTheme } from '../input/read-theme.js';
import { checkOutputFree } from '../output/check-output-free.js';
import { writeFileAtomic } from '../output/write-file-atomic.js';
import { parseCommandLine } from '../parse-command-line.js';
import { PORTFOLIO_OPTIONS, portfolioOptions } from '../portfolio/portfolio-options.js';
import { readPortfolio } from '../portfolio/read-portfolio.js';
import { writeIssues } from '../write-issues.js';
import { COMMON_OPTIONS } from './common-options.js';

/**
 * `poortwachter report portfolio <dir-or-glob>… -o <file.docx> [--as-of D] [--window N]
 * [--group-by K[,K]] [--theme t.json] [--force]`: reads the case files as `portfolio` does and
 * writes a Word management report of them (`renderPortfolioReport` of `@poortwachter/report`):
 * tables and charts, the work list as an appendix. Invalid files are skipped and listed on
 * stderr; the report is written all the same, and the run ends with exit code 1.
 *
 * @param argv - The arguments after `report portfolio`.
 * @param io - The run's streams and environment.
 * @param lang - The language of messages.
 * @returns The exit code: `1` when a file was skipped, else `0`.
 * @throws CliError (exit 2) for a wrong request, a pattern that matches no file or an output
 *   file that exists without `--force`.
 * @example
 * ```ts
 * await reportPortfolioCommand(['fixtures/portfolio', '--as-of', '2025-09-01', '-o', 'rapportage.docx'], io, 'nl'); // 0
 * ```
 * @category Commands
 */
export async function reportPortfolioCommand(
  argv: readonly string[],
  io: CliIo,
  lang: Lang,
): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    ...COMMON_OPTIONS,
    ...PORTFOLIO_OPTIONS,
    output: { type: 'string', short: 'o' },
    theme: { type: 'string' },
    force: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(helpText('report', lang));
    return 0;
  }
  const wrong: CliIssue[] = [];
  attempt(() => parseChoice('--lang', values.lang ?? lang, ['nl', 'en']), wrong);
  const { options, groups } = portfolioOptions(values, positionals, wrong);
  const output = values.output;
  if (output === undefined) wrong.push(cliIssue('cli/missing-output', '--output'));
  if (wrong.length > 0 || output === undefined) throw new CliError(wrong);
  await checkOutputFree(output, io.cwd, values.force === true);
  const theme = values.theme === undefined ? undefined : await readTheme(values.theme, io.cwd);
  const { summary, workList, problems } = await readPortfolio(positionals, io, options);
  const bytes = await renderPortfolioReport(
    { summary, workList, groups },
    { theme, rasterizer: nodeRasterizer() },
  );
  await writeFileAtomic(resolve(io.cwd, output), bytes);
  writeIssues(problems, io, lang, false);
  io.stdout.write(`${output}\n`);
  return problems.length > 0 || summary.invalid > 0 ? 1 : 0;
}
