import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from './fixture-path.js';

const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Builds `dist/` of the command with tsup, so end-to-end tests run the code as it is now and
 * never a stale build. About 4 s.
 *
 * @example
 * ```ts
 * beforeAll(buildCli);
 * ```
 * @category Testing
 */
export function buildCli(): void {
  execFileSync('pnpm', ['exec', 'tsup', '--silent'], { cwd: PACKAGE_DIR, stdio: 'pipe' });
}

/**
 * Runs the installed command as a user would (`node_modules/.bin/poortwachter`, the shim
 * `pnpm exec poortwachter` runs, which starts `bin/poortwachter.js` and so `dist/cli.js`) in a
 * child process. The workspace packages it imports are resolved to their TypeScript source
 * through the `@poortwachter/source` condition and `tsx`, so their own builds are not needed.
 *
 * @param args - The command's arguments.
 * @param options - Working directory (default the repository root) and extra environment.
 * @returns The exit code and both streams.
 * @example
 * ```ts
 * const r = spawnCli(['--version']);
 * // { code: 0, stdout: '0.1.0\n', stderr: '' }
 * ```
 * @category Testing
 */
export function spawnCli(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): { code: number | null; stdout: string; stderr: string } {
  const { NO_COLOR, FORCE_COLOR, ...env } = process.env;
  const result = spawnSync(`${REPO_ROOT}node_modules/.bin/poortwachter`, [...args], {
    cwd: options.cwd ?? REPO_ROOT,
    encoding: 'utf8',
    env: { ...env, NODE_OPTIONS: '--conditions=@poortwachter/source --import tsx', ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
