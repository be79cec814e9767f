import { join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { CliError } from '../cli-error.js';
import { cliIssue } from '../cli-issue.js';
import { pathKind } from '../input/path-kind.js';

/**
 * The input files of `batch`: each argument is a directory (its `*.json` files, not
 * recursive), a file, or a glob (`dossiers/**\/*.json`; the shell may also have expanded it
 * into many files). Paths stay relative to `cwd` as the user wrote them; the list is sorted and
 * each file appears once.
 *
 * @param patterns - The positional arguments.
 * @param cwd - The directory they are relative to.
 * @returns The files.
 * @throws CliError (exit 2) for an argument that matches no file.
 * @example
 * ```ts
 * await collectInputs(['fixtures/dossier'], process.cwd());
 * // ['fixtures/dossier/01-plan-van-aanpak.json', …, 'fixtures/dossier/case.json']
 * ```
 * @category Batch
 */
export async function collectInputs(patterns: readonly string[], cwd: string): Promise<string[]> {
  const found = new Map<string, string>();
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    const kind = await pathKind(resolve(cwd, pattern));
    const files =
      kind === 'file'
        ? [pattern]
        : kind === 'directory'
          ? (await glob('*.json', { cwd: resolve(cwd, pattern), onlyFiles: true })).map((name) =>
              join(pattern, name),
            )
          : await glob(pattern, { cwd, onlyFiles: true, expandDirectories: false });
    if (files.length === 0) unmatched.push(pattern);
    for (const file of files)
      if (!found.has(resolve(cwd, file))) found.set(resolve(cwd, file), file);
  }
  if (unmatched.length > 0)
    throw new CliError(unmatched.map((pattern) => cliIssue('cli/no-files', pattern)));
  return [...found.values()].sort();
}
