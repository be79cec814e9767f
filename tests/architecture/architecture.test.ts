import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  boundaryViolations,
  globMatches,
  type PackageRule,
  packageName,
  type SourceFile,
} from './boundary-violations.js';
import { moduleImports } from './module-imports.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const architecture = JSON.parse(readFileSync(join(ROOT, 'architecture.json'), 'utf8')) as {
  tests: string[];
  packages: Record<string, PackageRule>;
  selfContainedDist: string[];
};

function filesUnder(dir: string, test: (path: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter(test)
    .sort();
}

function sourcesOf(name: string): SourceFile[] {
  const dir = join(ROOT, 'packages', name);
  return filesUnder(join(dir, 'src'), (f) => /\.(ts|mts|cts|js|mjs|cjs)$/.test(f))
    .map((f) => `src/${f}`)
    .filter((path) => !architecture.tests.some((glob) => globMatches(glob, path)))
    .map((path) => ({ path, text: readFileSync(join(dir, path), 'utf8') }));
}

describe('architecture.json', () => {
  it('has a rule for every package and every package for a rule', () => {
    const packages = readdirSync(join(ROOT, 'packages')).filter((d) =>
      existsSync(join(ROOT, 'packages', d, 'package.json')),
    );
    expect(Object.keys(architecture.packages).sort()).toEqual(packages.sort());
  });

  it.each(Object.entries(architecture.packages))(
    '%s: every import of its source is allowed',
    (name, rule) => {
      const manifest = JSON.parse(
        readFileSync(join(ROOT, 'packages', name, 'package.json'), 'utf8'),
      ) as { dependencies?: Record<string, string> };
      const files = sourcesOf(name);
      expect(files.length).toBeGreaterThan(0);
      expect(boundaryViolations(files, rule, Object.keys(manifest.dependencies ?? {}))).toEqual([]);
    },
  );

  it.each(architecture.selfContainedDist)('%s: the built dist imports nothing at all', (name) => {
    const dist = join(ROOT, 'packages', name, 'dist');
    if (!existsSync(dist))
      throw new Error(`${relative(ROOT, dist)} is missing: run pnpm build first`);
    const files = filesUnder(dist, (f) => /\.(js|cjs|mjs|d\.ts|d\.cts)$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    const imports = files.flatMap((f) =>
      moduleImports(readFileSync(join(dist, f), 'utf8')).map((s) => `${f}: ${s}`),
    );
    expect(imports).toEqual([]);
  });
});

describe('the boundary check', () => {
  const file = (path: string, text: string): SourceFile => ({ path, text });

  it('finds static, type-only, dynamic, require and export-from imports, not those in comments', () => {
    const text = [
      "import { a } from 'docx';",
      "import type { B } from 'zod';",
      "export * from './x.js';",
      "const c = await import('date-fns/format');",
      "type R = typeof import('@resvg/resvg-wasm');",
      "const d = require('node:fs');",
      "// import { e } from 'lodash';",
      'const s = "import { f } from \'left-pad\'";',
    ].join('\n');
    expect(moduleImports(text)).toEqual([
      'docx',
      'zod',
      './x.js',
      'date-fns/format',
      '@resvg/resvg-wasm',
      'node:fs',
    ]);
  });

  it('reports what a rule does not allow, subpaths and folders included', () => {
    const rule: PackageRule = {
      allow: ['@poortwachter/core', 'date-fns'],
      allowIn: { 'src/node/**': ['node:*'] },
    };
    const files = [
      file('src/a.ts', "import 'date-fns/format';\nimport '@poortwachter/core';"),
      file('src/b.ts', "import 'docx';\nimport 'node:fs';\nimport 'fs';"),
      file('src/node/c.ts', "import 'node:fs';\nimport '@poortwachter/schema/kinds';"),
      file('src/d/e.ts', "import '../f.js';\nimport '../../../core/src/x.js';"),
    ];
    expect(boundaryViolations(files, rule, [])).toEqual([
      'src/b.ts: docx',
      'src/b.ts: node:fs',
      'src/b.ts: fs',
      'src/node/c.ts: @poortwachter/schema/kinds',
      'src/d/e.ts: ../../../core/src/x.js',
    ]);
  });

  it('reads scopes and $dependencies', () => {
    const rule: PackageRule = { allow: ['@poortwachter/*', '$dependencies'] };
    const files = [file('src/a.ts', "import '@poortwachter/report/node';\nimport 'tinyglobby';")];
    expect(boundaryViolations(files, rule, ['tinyglobby'])).toEqual([]);
    expect(boundaryViolations(files, rule, [])).toEqual(['src/a.ts: tinyglobby']);
    expect(packageName('@poortwachter/report/node')).toBe('@poortwachter/report');
  });

  it('matches the globs of architecture.json', () => {
    expect(globMatches('**/*.test.ts', 'src/a/b.test.ts')).toBe(true);
    expect(globMatches('**/*.test.ts', 'src/a/b.ts')).toBe(false);
    expect(globMatches('**/test-support/**', 'src/test-support/x.ts')).toBe(true);
    expect(globMatches('src/node/**', 'src/node/index.ts')).toBe(true);
    expect(globMatches('src/node/**', 'src/nodes.ts')).toBe(false);
  });
});
