import { describe, expect, it } from 'vitest';
import { type Manifest, type PackedPackage, tarballProblems } from './tarball-problems.js';

const MAP = JSON.stringify({ sources: ['../src/index.ts'], mappings: 'AAAA' });

/** A clean package; each test breaks one thing. */
function clean(edit: Partial<PackedPackage> = {}): PackedPackage {
  const manifest: Manifest = {
    name: '@poortwachter/x',
    main: './dist/index.cjs',
    exports: { '.': { import: './dist/index.js', require: './dist/index.cjs' } },
    dependencies: { '@poortwachter/core': '0.1.0' },
  };
  const files = [
    'README.md',
    'dist/index.cjs',
    'dist/index.js',
    'dist/index.js.map',
    'package.json',
  ];
  const texts: Record<string, string> = {
    'README.md':
      'See the [rules](https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md) and [below](#usage).',
    'dist/index.js.map': MAP,
  };
  return {
    workspace: {
      ...manifest,
      exports: {
        '.': {
          '@poortwachter/source': './src/index.ts',
          import: './dist/index.js',
          require: './dist/index.cjs',
        },
      },
    },
    manifest,
    files,
    read: (path) => texts[path] ?? '',
    ...edit,
  };
}

describe('tarballProblems', () => {
  it('finds nothing wrong with a clean package', () => {
    expect(tarballProblems(clean())).toEqual([]);
  });

  it('names code that points at a source map the tarball lacks', () => {
    const texts: Record<string, string> = {
      'dist/index.js': 'export {};\n//# sourceMappingURL=index.js.map\n',
      'dist/index.cjs': 'module.exports = {};\n//# sourceMappingURL=index.cjs.map\n',
      'dist/index.js.map': MAP,
    };
    expect(tarballProblems(clean({ read: (path) => texts[path] ?? '' }))).toEqual([
      'dist/index.cjs: points at index.cjs.map, which is not shipped',
    ]);
  });

  it('names sources, tests, test support, fixtures and build configuration', () => {
    const files = [
      ...clean().files,
      'src/index.ts',
      'dist/x.test.js',
      'dist/test-support/docx.js',
      'dist/__snapshots__/a.xml',
      'fixtures/case.json',
      'dist/terms.corpus.txt',
      'tsconfig.json',
    ];
    expect(tarballProblems(clean({ files }))).toEqual([
      'src/index.ts: source (the maps name it in the repository)',
      'dist/x.test.js: a test',
      'dist/test-support/docx.js: test support',
      'dist/__snapshots__/a.xml: test support',
      'fixtures/case.json: test support',
      'dist/terms.corpus.txt: test support',
      'tsconfig.json: build configuration',
    ]);
  });

  it('names a source map that embeds the sources or names an absolute path', () => {
    const map = {
      file: '/work/build/dist/index.js',
      sources: ['index.cjs', '../src/a.ts', '../src/b.ts'],
      sourcesContent: [null, 'a', null],
    };
    const read = (path: string) => (path.endsWith('.map') ? JSON.stringify(map) : '');
    expect(tarballProblems(clean({ read }))).toEqual([
      "dist/index.js.map: embeds the sources' text (the repository holds them)",
      'dist/index.js.map: names an absolute path of the build machine',
    ]);
  });

  it('names the source condition, workspace ranges and exports that drifted from the workspace', () => {
    const manifest: Manifest = {
      ...clean().manifest,
      exports: {
        '.': {
          '@poortwachter/source': './src/index.ts',
          import: './dist/index.js',
          require: './dist/index.cjs',
        },
      },
      dependencies: { '@poortwachter/core': 'workspace:*' },
    };
    expect(tarballProblems(clean({ manifest }))).toEqual([
      'package.json: the @poortwachter/source condition is published',
      'package.json: dependencies.@poortwachter/core is workspace:*',
      'package.json: exports differ from the workspace manifest (publishConfig.exports)',
      'package.json: ./src/index.ts is not in the tarball',
    ]);
  });

  it('names entry points, bins and wildcard targets that the tarball lacks', () => {
    const manifest: Manifest = {
      ...clean().manifest,
      bin: { x: './bin/x.js' },
      types: './dist/index.d.ts',
      exports: { '.': './dist/index.js', './*.schema.json': './json-schema/*.schema.json' },
    };
    const workspace = { ...manifest };
    expect(tarballProblems(clean({ manifest, workspace }))).toEqual([
      'package.json: ./json-schema/*.schema.json is not in the tarball',
      'package.json: ./dist/index.d.ts is not in the tarball',
      'package.json: ./bin/x.js is not in the tarball',
    ]);
  });

  it('names a missing README and relative links in it', () => {
    expect(
      tarballProblems(clean({ files: clean().files.filter((f) => f !== 'README.md') })),
    ).toEqual(['README.md is missing']);
    const read = (path: string) =>
      path === 'README.md' ? 'See [the rules](../../docs/rules.md "rules") and [x](./x.md).' : MAP;
    expect(tarballProblems(clean({ read }))).toEqual([
      'README.md: the link ../../docs/rules.md does not work on npm',
      'README.md: the link ./x.md does not work on npm',
    ]);
  });
});
