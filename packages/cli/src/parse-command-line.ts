import { type ParseArgsConfig, parseArgs } from 'node:util';
import { CliError } from './cli-error.js';
import { type CliIssue, cliIssue, shownOption } from './cli-issue.js';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/**
 * What {@link parseCommandLine} returns: `util.parseArgs`'s result for `options`.
 *
 * @example
 * ```ts
 * const parsed: ParsedCommandLine<{ force: { type: 'boolean' } }> = parseCommandLine(['--force'], { force: { type: 'boolean' } });
 * ```
 * @category CLI
 */
export type ParsedCommandLine<O extends OptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: true }>
>;

/**
 * Parses a command's arguments with node's `util.parseArgs`, but reports every wrong option at
 * once as a {@link CliError} (exit 2) with the option as the path, in Dutch and English, instead
 * of node's single English exception. Positionals are allowed; the command checks their number.
 * A string option followed by another option (`--as-of --force`) counts as missing its value.
 *
 * @param argv - The arguments after the command name.
 * @param options - The options of the command, as for `util.parseArgs`.
 * @returns `util.parseArgs`'s `{ values, positionals }`, typed by `options`.
 * @throws CliError listing unknown options, options without their value and flags given a value.
 * @example
 * ```ts
 * const { values, positionals } = parseCommandLine(['case.json', '--as-of', '2025-09-01'], {
 *   'as-of': { type: 'string' },
 * });
 * // values['as-of'] === '2025-09-01', positionals = ['case.json']
 * parseCommandLine(['--bogus'], {}); // throws CliError: "--bogus: onbekende optie (zie --help)"
 * ```
 * @category CLI
 */
export function parseCommandLine<const O extends OptionsConfig>(
  argv: readonly string[],
  options: O,
): ParsedCommandLine<O> {
  const { tokens } = parseArgs({
    args: [...argv],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const problems: CliIssue[] = [];
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = options[token.name];
    if (spec === undefined)
      problems.push(cliIssue('cli/unknown-option', shownOption(token.rawName)));
    else if (
      spec.type === 'string' &&
      (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))
    )
      problems.push(cliIssue('cli/option-needs-value', token.rawName));
    else if (spec.type === 'boolean' && token.value !== undefined)
      problems.push(cliIssue('cli/option-takes-no-value', token.rawName));
  }
  if (problems.length > 0) throw new CliError(problems);
  return parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
}
