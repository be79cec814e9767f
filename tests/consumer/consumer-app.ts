import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The packages a consumer installs, by their folder under `packages/`. */
const PACKAGES = ['core', 'schema', 'report', 'report-raster', 'cli'] as const;

/** The files of the app besides its dependencies: scripts and type checks (`tests/consumer/app`). */
const APP_FILES = fileURLToPath(new URL('./app/', import.meta.url));

/**
 * Packs the five packages as they would be published (`pnpm pack`: `workspace:*` becomes the
 * version, only the `files` of each package go in) and installs the tarballs with npm in a new
 * app outside the workspace, in the system's temporary directory, so that nothing of the
 * workspace (its node_modules, its tsconfig, its export conditions) can help. The other
 * dependencies (zod, docx, …) come from the npm registry, offline from npm's cache when it can.
 *
 * The app is reused while the tarballs stay the same (its directory is named after their hash),
 * so only the first run after a change installs anything; the app's own files are copied anew
 * each time. Apps of other builds that no run has used for a day are removed.
 *
 * @returns The app's directory.
 * @throws Error when a package has not been built (`pnpm build` first) or npm fails.
 * @example
 * ```ts
 * const app = consumerApp();
 * execFileSync(process.execPath, ['render.cjs'], { cwd: app });
 * ```
 * @category Consumer tests
 */
export function consumerApp(): string {
  for (const name of PACKAGES) {
    if (!existsSync(join(ROOT, 'packages', name, 'dist')))
      throw new Error(`packages/${name}/dist is missing: run pnpm build first`);
  }
  const packs = mkdtempSync(join(tmpdir(), 'poortwachter-packs-'));
  try {
    for (const name of PACKAGES) {
      execFileSync('pnpm', ['pack', '--pack-destination', packs], {
        cwd: join(ROOT, 'packages', name),
        stdio: 'ignore',
      });
    }
    const tarballs = readdirSync(packs).sort();
    const hash = createHash('sha256');
    for (const file of tarballs) hash.update(file).update(readFileSync(join(packs, file)));
    const app = join(tmpdir(), `poortwachter-consumer-${hash.digest('hex').slice(0, 16)}`);
    if (!existsSync(join(app, 'node_modules', '.installed'))) install(app, packs, tarballs);
    cpSync(APP_FILES, app, { recursive: true });
    const now = new Date();
    utimesSync(app, now, now);
    pruneStaleApps(app);
    return app;
  } finally {
    rmSync(packs, { recursive: true, force: true });
  }
}

/** Apps of earlier builds (about 70 MB each) that no run has used for a day. */
function pruneStaleApps(current: string): void {
  const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
  for (const name of readdirSync(tmpdir())) {
    const dir = join(tmpdir(), name);
    if (!name.startsWith('poortwachter-consumer-') || dir === current) continue;
    if (statSync(dir).mtimeMs < dayAgo) rmSync(dir, { recursive: true, force: true });
  }
}

/** Installs the tarballs in a fresh directory and moves it into place when npm is done. */
function install(app: string, packs: string, tarballs: string[]): void {
  const staging = mkdtempSync(`${app}-staging-`);
  try {
    mkdirSync(join(staging, 'packs'));
    const dependencies: Record<string, string> = { zod: '^4', '@types/node': '^20' };
    for (const file of tarballs) {
      cpSync(join(packs, file), join(staging, 'packs', file));
      const name = `@poortwachter/${file.replace(/^poortwachter-(.+)-\d+\.\d+\.\d+\.tgz$/, '$1')}`;
      dependencies[name] = `file:packs/${file}`;
    }
    writeFileSync(
      join(staging, 'package.json'),
      `${JSON.stringify({ name: 'consumer-app', private: true, type: 'module', dependencies }, null, 2)}\n`,
    );
    execFileSync(
      'npm',
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
      { cwd: staging, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    writeFileSync(join(staging, 'node_modules', '.installed'), '');
    rmSync(app, { recursive: true, force: true });
    renameSync(staging, app);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
