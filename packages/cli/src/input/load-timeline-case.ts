import type { Case } from '@poortwachter/schema';
import { CliError } from '../cli-error.js';
import type { Lang } from '../detect-lang.js';
import { parseDateOption } from './parse-date-option.js';
import { readJsonFile } from './read-json-file.js';
import { validateCase } from './validate-case.js';

/**
 * The case a `timeline` or `check` run is about: the one case file among the positionals, or,
 * with `--first-sick-day`, a case with one open sick period from that day (a quick look).
 *
 * @param positionals - The command's positional arguments.
 * @param firstSickDay - The value of `--first-sick-day`, if given.
 * @param cwd - The directory relative paths are resolved against.
 * @param lang - The language of the messages.
 * @returns The validated case.
 * @throws CliError (exit 2) for a missing or extra argument, both a file and `--first-sick-day`,
 *   a bad date or an invalid case file.
 * @example
 * ```ts
 * await loadTimelineCase([], '2025-01-06', process.cwd(), 'nl'); // { sickPeriods: [{ start: '2025-01-06' }], … }
 * ```
 * @category Input
 */
export async function loadTimelineCase(
  positionals: readonly string[],
  firstSickDay: string | undefined,
  cwd: string,
  lang: Lang,
): Promise<Case> {
  const [file, ...extra] = positionals;
  if (extra.length > 0)
    throw new CliError(
      extra.map((arg) => ({
        path: arg,
        message: { nl: 'onverwacht argument', en: 'unexpected argument' },
      })),
    );
  const start = parseDateOption('--first-sick-day', firstSickDay);
  if (file !== undefined && start !== undefined)
    throw new CliError([
      {
        path: '--first-sick-day',
        message: {
          nl: 'geef een casusbestand óf --first-sick-day, niet allebei',
          en: 'give a case file or --first-sick-day, not both',
        },
      },
    ]);
  if (start !== undefined)
    return validateCase({ sickPeriods: [{ start }] }, lang, '--first-sick-day');
  if (file === undefined)
    throw new CliError([
      {
        path: '<case.json>',
        message: {
          nl: 'geef een casusbestand of --first-sick-day',
          en: 'give a case file or --first-sick-day',
        },
      },
    ]);
  return validateCase(await readJsonFile(file, cwd), lang, file);
}
