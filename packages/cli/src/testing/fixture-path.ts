import { fileURLToPath } from 'node:url';

/**
 * The repository root, where `fixtures/` lives: tests run commands from there, as a user would.
 *
 * @example
 * ```ts
 * captureIo({ cwd: REPO_ROOT });
 * ```
 * @category Testing
 */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * The path of a shared test case, relative to {@link REPO_ROOT}.
 *
 * @param name - The file name in `fixtures/cases/`.
 * @returns `fixtures/cases/<name>`.
 * @example
 * ```ts
 * fixturePath('published-samentelling.json'); // 'fixtures/cases/published-samentelling.json'
 * ```
 * @category Testing
 */
export function fixturePath(name: string): string {
  return `fixtures/cases/${name}`;
}
