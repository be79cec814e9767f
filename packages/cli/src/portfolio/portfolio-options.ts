import { type PortfolioOptions, todayInAmsterdam } from '@poortwachter/core';
import { type CliIssue, cliIssue } from '../cli-issue.js';
import { attempt } from '../input/attempt.js';
import { parseDateOption } from '../input/parse-date-option.js';

/**
 * The options of the commands that read a portfolio (`portfolio`, `report portfolio`), for
 * `parseCommandLine`.
 *
 * @example
 * ```ts
 * parseCommandLine(['dossiers', '--window', '7'], { ...COMMON_OPTIONS, ...PORTFOLIO_OPTIONS });
 * ```
 * @category Portfolio
 */
export const PORTFOLIO_OPTIONS = {
  'as-of': { type: 'string' },
  'group-by': { type: 'string' },
  window: { type: 'string' },
} as const;

/**
 * Reads `--as-of` (default today in Europe/Amsterdam), `--window` (whole days, 0 or more; default
 * 14) and `--group-by` (grouping keys separated by commas) into the options of core's portfolio
 * functions, and checks that at least one folder, file or glob was given. Without `--group-by`,
 * `groupBy` is left out: core then breaks the summary down by every key the cases have.
 *
 * @param values - The parsed values of {@link PORTFOLIO_OPTIONS}.
 * @param positionals - The folders, files or globs.
 * @param problems - Where the problems go (every one is collected; the caller throws).
 * @returns The options, and the grouping keys asked for (empty without `--group-by`).
 * @example
 * ```ts
 * portfolioOptions({ 'as-of': '2025-09-01', window: '7', 'group-by': 'afdeling,locatie' }, ['dossiers'], []);
 * // { options: { asOf: '2025-09-01', window: 7, groupBy: ['afdeling', 'locatie'] }, groups: ['afdeling', 'locatie'] }
 * ```
 * @category Portfolio
 */
export function portfolioOptions(
  values: {
    'as-of'?: string | undefined;
    'group-by'?: string | undefined;
    window?: string | undefined;
  },
  positionals: readonly string[],
  problems: CliIssue[],
): { options: PortfolioOptions; groups: string[] } {
  const asOf = attempt(() => parseDateOption('--as-of', values['as-of']), problems);
  const window =
    values.window === undefined ? 14 : /^\d+$/.test(values.window) ? Number(values.window) : -1;
  if (!Number.isSafeInteger(window) || window < 0)
    problems.push(cliIssue('cli/invalid-window', '--window'));
  if (positionals.length === 0) problems.push(cliIssue('cli/missing-case-files', '<map-of-glob>'));
  const groups = [
    ...new Set(
      (values['group-by'] ?? '')
        .split(',')
        .map((key) => key.trim())
        .filter((key) => key !== ''),
    ),
  ];
  return {
    options: {
      asOf: asOf ?? todayInAmsterdam(),
      window,
      ...(groups.length > 0 ? { groupBy: groups } : {}),
    },
    groups,
  };
}
