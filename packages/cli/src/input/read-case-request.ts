import { todayInAmsterdam } from '@poortwachter/core';
import type { Case } from '@poortwachter/schema';
import type { CliIo } from '../cli-io.js';
import { CASE_OPTIONS } from '../commands/common-options.js';
import type { Lang } from '../detect-lang.js';
import { helpText } from '../help/help-text.js';
import { parseCommandLine } from '../parse-command-line.js';
import { loadTimelineCase } from './load-timeline-case.js';
import { parseChoice } from './parse-choice.js';
import { parseDateOption } from './parse-date-option.js';

/** What `timeline`, `check` and `spoor2` need of their command line. */
export interface CaseRequest<F extends string> {
  caseFile: Case;
  asOf: string;
  /** Whether `--as-of` was given (a quick look without it shows no statuses). */
  asOfGiven: boolean;
  /** Whether the case is a quick look from `--first-sick-day`. */
  quickLook: boolean;
  format: F;
  /** The command's own boolean flags that were set (`--explain`, `--full-name`). */
  flags: ReadonlySet<string>;
}

/**
 * Reads the request of a command that works on one case (`timeline`, `check`): prints the help
 * and returns `null` for `--help`; otherwise checks `--lang`, `--format` (one of `formats`, the
 * first being the default) and `--as-of` (default today in Amsterdam) and loads the case file or
 * the `--first-sick-day` quick look.
 *
 * @param command - The command name, for its help text.
 * @param formats - The allowed output formats, the default first.
 * @param argv - The arguments after the command.
 * @param io - The run's streams and environment.
 * @param lang - The language of the run.
 * @param flags - The command's own boolean options (`explain`, `full-name`).
 * @returns The request, or `null` when the help was printed.
 * @throws CliError (exit 2) for a wrong request or an invalid case.
 * @example
 * ```ts
 * const request = await readCaseRequest('check', ['text', 'json'], ['case.json'], io, 'nl');
 * if (request) checkCase(request.caseFile, { asOf: request.asOf });
 * ```
 * @category Input
 */
export async function readCaseRequest<F extends string>(
  command: 'timeline' | 'check' | 'spoor2',
  formats: readonly [F, ...F[]],
  argv: readonly string[],
  io: CliIo,
  lang: Lang,
  flags: readonly string[] = [],
): Promise<CaseRequest<F> | null> {
  const options = {
    ...CASE_OPTIONS,
    ...Object.fromEntries(flags.map((flag) => [flag, { type: 'boolean' as const }])),
  };
  const { values, positionals } = parseCommandLine(argv, options);
  if (values.help) {
    io.stdout.write(helpText(command, lang));
    return null;
  }
  parseChoice('--lang', values.lang ?? lang, ['nl', 'en']);
  const format = parseChoice('--format', values.format ?? formats[0], formats);
  const given = parseDateOption('--as-of', values['as-of'] as string | undefined);
  const firstSickDay = values['first-sick-day'] as string | undefined;
  const caseFile = await loadTimelineCase(positionals, firstSickDay, io.cwd);
  return {
    caseFile,
    asOf: given ?? todayInAmsterdam(),
    asOfGiven: given !== undefined,
    quickLook: firstSickDay !== undefined,
    format,
    flags: new Set(flags.filter((flag) => (values as Record<string, unknown>)[flag] === true)),
  };
}
