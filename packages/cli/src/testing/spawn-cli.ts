import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './fixture-path.js';

/** The workspace packages the command runs on, in build order, each with the files its build makes. */
const PACKAGES = [
  { dir: 'packages/core', outputs: ['dist/index.js'] },
  { dir: 'packages/schema', outputs: ['dist/index.js'] },
  { dir: 'packages/report', outputs: ['dist/index.js', 'dist/node/index.js'] },
  { dir: 'packages/cli', outputs: ['dist/cli.js', 'dist/batch-worker.js'] },
];

const newestIn = (path: string): number => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestIn(join(path, name))));
};

const builtAt = (path: string): number => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
};

/**
 * Builds, with tsup, every package the command runs on whose `dist/` is missing or older than
 * its sources, in dependency order: end-to-end tests then run what a user installs (`dist/` of
 * core, schema, report and cli; `batch` starts `dist/batch-worker.js` as worker threads), never
 * a stale build. Nothing to do after `pnpm build`; up to about 40 s after a change everywhere.
 *
 * @example
 * ```ts
 * beforeAll(buildStalePackages);
 * ```
 * @category Testing
 */
export function buildStalePackages(): void {
  for (const { dir, outputs } of PACKAGES) {
    const root = join(REPO_ROOT, dir);
    const sources = Math.max(
      newestIn(join(root, 'src')),
      newestIn(join(root, 'package.json')),
      newestIn(join(root, 'tsup.config.ts')),
    );
    if (outputs.every((output) => builtAt(join(root, output)) >= sources)) continue;
    execFileSync('pnpm', ['exec', 'tsup', '--silent'], { cwd: root, stdio: 'pipe' });
  }
}

/**
 * Runs the installed command as a user would: `node_modules/.bin/poortwachter`, the shim that
 * `pnpm exec poortwachter` runs, which starts `bin/poortwachter.js` and so `dist/cli.js`.
 * `NO_COLOR` and `FORCE_COLOR` of the test run are not passed on.
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
  const result = spawnSync(join(REPO_ROOT, 'node_modules/.bin/poortwachter'), [...args], {
    cwd: options.cwd ?? REPO_ROOT,
    encoding: 'utf8',
    env: { ...env, ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
