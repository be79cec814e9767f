import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entryPoints, publicExports, ROOT, surfaceProgram } from './public-surface.js';
import { tsdocExampleSnippets } from './tsdoc-examples.js';
import { surfaceTsdocProblems, tsdocProblems } from './tsdoc-problems.js';
import { typecheckSnippets } from './typecheck-snippets.js';

// One program over every entry point of every package (read from the `exports` of each
// package.json), shared by the tests below.
const surface = surfaceProgram();
const exports = publicExports(surface);

describe('the TSDoc of the public API', () => {
  it('reads every entry point of every package', () => {
    const paths = surface.entries.map((e) => e.importPath);
    for (const p of ['@poortwachter/core', '@poortwachter/schema', '@poortwachter/schema/kinds'])
      expect(paths).toContain(p);
    expect(paths).toContain('@poortwachter/report/blocks');
    expect(exports.length).toBeGreaterThan(300);
    expect(exports.find((e) => e.name === 'computeTimeline')?.isValue).toBe(true);
    expect(exports.find((e) => e.name === 'Timeline')?.isValue).toBe(false);
  });

  it('every public export has a summary, an @example and a @category', () => {
    expect(surfaceTsdocProblems(exports)).toEqual([]);
  });

  it('says what an incomplete comment lacks', () => {
    const complete = 'Adds days.\n\n@param a - A.\n@example\n```ts\nf();\n```\n@category Calendar';
    expect(tsdocProblems(complete)).toEqual([]);
    expect(tsdocProblems(undefined)).toEqual(['no TSDoc']);
    expect(tsdocProblems('@category Calendar\n@example\n```ts\nf();\n```')).toEqual(['no summary']);
    expect(tsdocProblems(complete.replace('@example', '@remarks'))).toEqual(['no @example']);
    expect(tsdocProblems('Adds days.\n@example f();\n@category Calendar')).toEqual(['no @example']);
    expect(tsdocProblems(complete.replace('@category Calendar', ''))).toEqual(['no @category']);
  });

  it('every `ts` @example compiles, with its package in scope and the prelude declared', () => {
    const snippets = tsdocExampleSnippets(surface, exports);
    expect(snippets.length).toBeGreaterThan(300);
    // One deliberately broken copy proves that a failing example is reported, at its line.
    const sample = snippets.find((s) => s.code.includes('addDays('));
    if (!sample) throw new Error('no example of addDays');
    const broken = {
      ...sample,
      name: 'broken.ts',
      code: sample.code.replace('addDays(', 'addDayz('),
    };
    const problems = typecheckSnippets([...snippets, broken]);
    const offset = sample.code
      .split('\n')
      .slice(sample.prefixLines)
      .findIndex((l) => l.includes('addDays('));
    const line = sample.origin.line + offset + 1;
    expect(problems).toEqual([
      `${sample.origin.file}:${line}: Cannot find name 'addDayz'. Did you mean 'addDays'?`,
    ]);
    const source = readFileSync(`${ROOT}${sample.origin.file}`, 'utf8').split('\n');
    expect(source[line - 1]).toMatch(/^ \* .*addDays\(/);
  }, 180_000);
});

describe('the API reference (typedoc)', () => {
  it('includes every package, core first', () => {
    const config = JSON.parse(readFileSync(`${ROOT}typedoc.json`, 'utf8')) as {
      entryPoints: string[];
    };
    const packages = [...new Set(entryPoints().map((e) => e.packageDir))];
    expect([...config.entryPoints].sort()).toEqual(packages.sort());
    expect(config.entryPoints[0]).toBe('packages/core');
  });

  it('documents exactly the entry points each package exports', () => {
    for (const dir of new Set(entryPoints().map((e) => e.packageDir))) {
      const config = JSON.parse(readFileSync(`${ROOT}${dir}/typedoc.json`, 'utf8')) as {
        entryPoints: string[];
      };
      const exported = entryPoints()
        .filter((e) => e.packageDir === dir)
        .map((e) => e.source);
      expect({ dir, entryPoints: [...config.entryPoints].sort() }).toEqual({
        dir,
        entryPoints: [...exported].sort(),
      });
    }
  });
});
