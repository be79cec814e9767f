import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packPackage } from './pack-package.js';
import { type PackedPackage, tarballProblems } from './tarball-problems.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NAMES = readdirSync(join(ROOT, 'packages')).filter((d) =>
  existsSync(join(ROOT, 'packages', d, 'package.json')),
);

describe('the tarballs that pnpm publish would upload', () => {
  const out = mkdtempSync(join(tmpdir(), 'poortwachter-tarballs-'));
  const packed = new Map<string, PackedPackage & { size: number }>();

  beforeAll(() => {
    for (const name of NAMES) {
      if (!existsSync(join(ROOT, 'packages', name, 'dist')))
        throw new Error(`packages/${name}/dist is missing: run pnpm build first`);
      packed.set(name, packPackage(join(ROOT, 'packages', name), out));
    }
  }, 180_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('are five: core, schema, report, report-raster, cli', () => {
    expect([...NAMES].sort()).toEqual(['cli', 'core', 'report', 'report-raster', 'schema']);
  });

  it.each(NAMES)(
    '%s: no sources, tests, fixtures or build configuration; maps name their sources without their text; the manifest points at what is packed; README links work on npm',
    (name) => {
      const pkg = packed.get(name)!;
      expect(pkg.files.filter((f) => f.startsWith('dist/')).length).toBeGreaterThan(0);
      expect(tarballProblems(pkg)).toEqual([]);
    },
  );

  it('report without the picture support: under 250 kB packed, no font, no resvg', () => {
    const report = packed.get('report')!;
    expect(report.size).toBeLessThan(250_000);
    expect(report.files.filter((f) => /\.(ttf|otf|wasm)$/.test(f))).toEqual([]);
    expect(Object.keys(report.manifest.dependencies ?? {})).not.toContain('@resvg/resvg-wasm');
    expect(Object.keys(report.manifest.dependencies ?? {})).not.toContain(
      '@poortwachter/report-raster',
    );
  });

  it('report-raster: the font, its licence and resvg', () => {
    const raster = packed.get('report-raster')!;
    expect(raster.files).toEqual(
      expect.arrayContaining(['assets/DejaVuSans.ttf', 'assets/DejaVuSans-LICENSE.txt']),
    );
    expect(raster.manifest.dependencies).toEqual({ '@resvg/resvg-wasm': '2.6.2' });
  });

  it('cli: depends on report-raster, with a version instead of workspace:*', () => {
    const cli = packed.get('cli')!;
    expect(cli.manifest.dependencies?.['@poortwachter/report-raster']).toBe(
      packed.get('report-raster')!.manifest.version,
    );
  });
});
