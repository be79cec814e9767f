import { dirname, resolve } from 'node:path';
import { CliError } from '../cli-error.js';
import { cliIssue } from '../cli-issue.js';
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
  if (found === 'directory') throw new CliError([cliIssue('file/is-directory', output)]);
  if (found === 'file' && !force) throw new CliError([cliIssue('file/exists', output)]);
  if ((await pathKind(dirname(path))) !== 'directory')
    throw new CliError([cliIssue('file/no-directory', output)]);
}
