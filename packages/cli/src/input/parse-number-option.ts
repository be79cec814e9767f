import { CliError } from '../cli-error.js';
import { cliIssue } from '../cli-issue.js';

/**
 * Checks a whole-number option such as `--number`: digits only, 1 or more.
 *
 * @param option - The option as written (`--number`), used as the problem's argument.
 * @param value - The value given, or `undefined` when the option was left out.
 * @returns The number, or `undefined` when the option was left out.
 * @throws CliError (exit 2) for anything else.
 * @example
 * ```ts
 * parseNumberOption('--number', '2'); // 2
 * parseNumberOption('--number', '0'); // throws "--number: geef een geheel getal van 1 of meer"
 * ```
 * @category Input
 */
export function parseNumberOption(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d+$/.test(value) ? Number(value) : 0;
  if (n >= 1 && Number.isSafeInteger(n)) return n;
  throw new CliError([cliIssue('cli/invalid-number', option)]);
}
