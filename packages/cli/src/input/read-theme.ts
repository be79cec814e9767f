import { dirname, resolve } from 'node:path';
import { type Theme, themeFromFile } from '@poortwachter/report';
import { parseWith, themeFileSchema } from '@poortwachter/schema';
import { CliError } from '../cli-error.js';
import { readInputFile } from './read-input-file.js';
import { readJsonFile } from './read-json-file.js';

/**
 * Reads a house-style file (`--theme`): fonts, colours, organisation and a logo whose path is
 * relative to the theme file. Problems name the theme file and the field.
 *
 * @param file - The theme file as the user gave it.
 * @param cwd - The directory `file` is relative to.
 * @returns The theme for `renderDocument`.
 * @throws CliError (exit 2) for a missing file, bad JSON, an invalid theme or a missing logo.
 * @example
 * ```ts
 * const theme = await readTheme('huisstijl.json', process.cwd());
 * ```
 * @category Input
 */
export async function readTheme(file: string, cwd: string): Promise<Theme> {
  const parsed = parseWith(themeFileSchema, await readJsonFile(file, cwd));
  if (!parsed.success)
    throw new CliError(parsed.issues.map((issue) => ({ ...issue, argument: file })));
  const logo = parsed.data.logo;
  if (logo === undefined) return themeFromFile(parsed.data);
  return themeFromFile(
    parsed.data,
    await readInputFile(logo.path, resolve(cwd, dirname(file)), `${file}:logo.path`),
  );
}
