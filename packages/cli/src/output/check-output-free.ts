import { dirname, resolve } from 'node:path';
import { CliError } from '../cli-error.js';
import { pathKind } from '../input/path-kind.js';

/**
 * Checks, before any work is done, that an output file may be written: its directory exists,
 * it is not a directory, and it does not exist yet unless `--force` is given.
 *
 * @param output - The output file as the user gave it.
 * @param cwd - The directory `output` is relative to.
 * @param force - Whether an existing file may be overwritten.
 * @returns When the file may be written.
 * @throws CliError (exit 2) naming the output file.
 * @example
 * ```ts
 * await checkOutputFree('plan.docx', process.cwd(), false); // throws when plan.docx exists
 * ```
 * @category Output
 */
export async function checkOutputFree(output: string, cwd: string, force: boolean): Promise<void> {
  const path = resolve(cwd, output);
  const found = await pathKind(path);
  if (found === 'directory')
    throw new CliError([
      {
        path: output,
        message: { nl: 'dit is een map, geen bestand', en: 'this is a directory, not a file' },
      },
    ]);
  if (found === 'file' && !force)
    throw new CliError([
      {
        path: output,
        message: {
          nl: 'bestaat al; gebruik --force om het te overschrijven',
          en: 'exists already; use --force to overwrite it',
        },
      },
    ]);
  if ((await pathKind(dirname(path))) !== 'directory')
    throw new CliError([
      { path: output, message: { nl: 'de map bestaat niet', en: 'the directory does not exist' } },
    ]);
}
