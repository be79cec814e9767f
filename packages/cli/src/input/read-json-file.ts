import { CliError } from '../cli-error.js';
import { cliIssue } from '../cli-issue.js';
import { locateJsonError } from './locate-json-error.js';
import { readInputFile } from './read-input-file.js';

/**
 * Reads and parses a JSON file (a leading byte-order mark is allowed). A missing or unreadable
 * file and text that is not JSON become a {@link CliError} (exit 2) with the file as its path
 * and, for bad JSON, the line and column; the file's content never appears in a message.
 *
 * @param file - The path as the user gave it (used in messages).
 * @param cwd - The directory `file` is relative to.
 * @returns The parsed value.
 * @throws CliError for a missing, unreadable or non-JSON file.
 * @example
 * ```ts
 * const raw = await readJsonFile('fixtures/cases/published-2007.json', process.cwd());
 * // { sickPeriods: [{ start: '2007-06-26' }] }
 * ```
 * @category Input
 */
export async function readJsonFile(file: string, cwd: string): Promise<unknown> {
  let text = (await readInputFile(file, cwd)).toString('utf8');
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch {
    const at = locateJsonError(text) ?? { line: 1, column: 1, atEnd: false };
    const { line, column } = at;
    throw new CliError([
      cliIssue(
        'file/invalid-json',
        file,
        at.atEnd
          ? {
              nl: `de tekst houdt te vroeg op (regel ${line}, kolom ${column})`,
              en: `the text ends too early (line ${line}, column ${column})`,
            }
          : {
              nl: `onverwacht teken op regel ${line}, kolom ${column}`,
              en: `unexpected character at line ${line}, column ${column}`,
            },
      ),
    ]);
  }
}
