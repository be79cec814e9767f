import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest, PackedPackage } from './tarball-problems.js';

/**
 * Packs a workspace package with `pnpm pack` (as `pnpm publish` would: `files`, `publishConfig`,
 * `workspace:` ranges rewritten) into a new folder under `parent` and unpacks it there.
 *
 * @param dir - The package's folder.
 * @param parent - A folder for the tarball and its contents (the caller removes it).
 * @returns The packed package, and the tarball's size in bytes.
 * @throws Error when pnpm or tar fails.
 * @example
 * ```ts
 * const { size, files } = packPackage('packages/report', mkdtempSync(join(tmpdir(), 'packs-')));
 * ```
 * @category Packaging
 */
export function packPackage(dir: string, parent: string): PackedPackage & { size: number } {
  const out = mkdtempSync(join(parent, 'pack-'));
  const packed = JSON.parse(
    execFileSync('pnpm', ['pack', '--json', '--pack-destination', out], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as { filename: string; files: { path: string }[] };
  execFileSync('tar', ['xzf', packed.filename, '-C', out]);
  const root = join(out, 'package');
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  return {
    workspace: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest,
    manifest: JSON.parse(read('package.json')) as Manifest,
    files: packed.files.map((f) => f.path).sort(),
    read,
    size: readFileSync(packed.filename).length,
  };
}
