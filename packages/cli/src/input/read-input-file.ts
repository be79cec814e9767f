import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from '../cli-error.js';

const FILE_PROBLEMS: Record<string, { nl: string; en: string }> = {
  ENOENT: { nl: 'bestand niet gevonden', en: 'file not found' },
  EISDIR: { nl: 'dit is een map, geen bestand', en: 'this is a directory, not a file' },
  EACCES: { nl: 'geen leesrechten voor dit bestand', en: 'no permission to read this file' },
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
    throw new CliError([{ path: shownAs, message: problem }]);
  }
}
