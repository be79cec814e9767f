import { type IsoDate, isIsoDate } from '@poortwachter/core';
import { CliError } from '../cli-error.js';
import { cliIssue } from '../cli-issue.js';

/**
 * Checks a date option such as `--as-of`: it must be a real calendar date written as
 * `YYYY-MM-DD` (so `2025-02-30` and `1-3-2025` are refused).
 *
 * @param option - The option as written (`--as-of`), used as the problem's path.
 * @param value - The value given, or `undefined` when the option was left out.
 * @returns The date, or `undefined` when the option was left out.
 * @throws CliError (exit 2) for anything that is not such a date.
 * @example
 * ```ts
 * parseDateOption('--as-of', '2025-09-01'); // '2025-09-01'
 * parseDateOption('--as-of', '2025-02-30'); // throws "--as-of: geen bestaande datum in de vorm JJJJ-MM-DD"
 * ```
 * @category Input
 */
export function parseDateOption(option: string, value: string | undefined): IsoDate | undefined {
  if (value === undefined || isIsoDate(value)) return value;
  throw new CliError([cliIssue('cli/invalid-date', option)]);
}
