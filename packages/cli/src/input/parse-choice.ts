import { CliError } from '../cli-error.js';
import { cliIssue } from '../cli-issue.js';

/**
 * Checks an option's value against its allowed values.
 *
 * @param option - The option as written (`--format`), used as the problem's path.
 * @param value - The value given.
 * @param choices - The allowed values.
 * @returns The value, typed as one of `choices`.
 * @throws CliError (exit 2) naming the allowed values.
 * @example
 * ```ts
 * parseChoice('--format', 'json', ['text', 'json', 'ics'] as const); // 'json'
 * parseChoice('--format', 'xml', ['text', 'json'] as const); // throws "--format: kies uit text, json"
 * ```
 * @category Input
 */
export function parseChoice<const C extends string>(
  option: string,
  value: string,
  choices: readonly C[],
): C {
  if ((choices as readonly string[]).includes(value)) return value as C;
  const list = choices.join(', ');
  throw new CliError([
    cliIssue('cli/invalid-choice', option, { nl: `kies uit ${list}`, en: `choose one of ${list}` }),
  ]);
}
