import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from '../cli-error.js';
import { type CliIssueCode, cliIssue } from '../cli-issue.js';

const FILE_PROBLEMS: Record<string, CliIssueCode> = {
  ENOENT: 'file/not-found',
  EISDIR: 'file/is-directory',
  EACCES: 'file/no-permission',
};

/**
 * Reads an input file. A missing file, a directory or a file without read permission becomes
 * a {@link CliError} (exit 2) naming the file as the user knows it.
 *
 * @param file - The path, relative to `cwd`.
 * @param cwd - The directory `file` is relative to.
 * @param shownAs - How a problem names the file (default `file`), e.g. `theme.json:logo.path`.
 * @returns The bytes.
 * @throws CliError (exit 2) for a missing or unreadable file.
 * @example
 * ```ts
 * const template = await readInputFile('huisstijl.docx', process.cwd());
 * ```
 * @category Input
 */
export async function readInputFile(
  file: string,
  cwd: string,
  shownAs: string = file,
): Promise<Buffer> {
  try {
    return await readFile(resolve(cwd, file));
  } catch (error) {
    const problem = FILE_PROBLEMS[(error as NodeJS.ErrnoException).code ?? ''];
    if (problem === undefined) throw error;
    throw new CliError([cliIssue(problem, shownAs)]);
  }
}
