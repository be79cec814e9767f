import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { brokenLinks } from '../../scripts/repository-links.js';
import { guideBlocks, guideFiles } from './guide-blocks.js';
import { ROOT } from './public-surface.js';
import { typecheckSnippets } from './typecheck-snippets.js';

const CHECK_MODULE = `${ROOT}tests/docs/guide-check.ts`;
const RUN_DIR = `${ROOT}.snippets/guides/`;
const files = guideFiles();
const blocks = files.flatMap((file) => guideBlocks(file, CHECK_MODULE));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the code of the guides and READMEs', () => {
  it('has blocks to check in every guide', () => {
    const withCode = new Set(blocks.map((b) => b.snippet.origin.file));
    for (const file of files.filter(
      (f) => f.startsWith('docs/guides/') && !f.endsWith('README.md'),
    ))
      expect({ file, hasCode: withCode.has(file) }).toEqual({ file, hasCode: true });
  });

  it('typechecks every block as the reader sees it', () => {
    expect(typecheckSnippets(blocks.map((b) => b.snippet))).toEqual([]);
  }, 180_000);

  const withBlocks = files.filter((f) => blocks.some((b) => b.snippet.origin.file === f));
  describe.each(withBlocks)('%s', (file) => {
    const own = blocks.filter((b) => b.snippet.origin.file === file);
    it.each(own.map((b) => [b.snippet.origin.line + 1, b] as const))(
      'runs the block at line %i, and every value it shows',
      async (_line, block) => {
        mkdirSync(RUN_DIR, { recursive: true });
        const path = `${RUN_DIR}${block.snippet.name}`;
        writeFileSync(path, block.runnable);
        for (const method of ['log', 'info', 'warn', 'error'] as const)
          vi.spyOn(console, method).mockImplementation(() => {});
        const exitCode = process.exitCode;
        try {
          await import(pathToFileURL(path).href);
        } finally {
          process.exitCode = exitCode;
        }
      },
    );
  });
});

describe('a shown value that is wrong', () => {
  it('fails the block, naming the line', async () => {
    const { checkShown } = await import('./guide-check.js');
    expect(() => checkShown({ a: 1, b: 2 }, { a: 1 }, 'x.md:3')).not.toThrow();
    expect(() => checkShown([1, 2], [1], 'x.md:3')).toThrow(
      'x.md:3: the guide shows [1], the code gives [1,2]',
    );
    expect(() => checkShown('2025-02-17', '2025-02-16', 'x.md:4')).toThrow(/x\.md:4/);
  });
});

describe('the links of the documentation', () => {
  const markdown = [
    ...files,
    'docs/rules.md',
    'docs/contract.md',
    'docs/glossary.md',
    'docs/api-reference.md',
    'bench/README.md',
  ];

  it('lead to files and headings that exist', () => {
    const broken = markdown.flatMap((file) =>
      brokenLinks(readFileSync(`${ROOT}${file}`, 'utf8'), file).map((p) => `${file}: ${p}`),
    );
    expect(broken).toEqual([]);
  });

  it('the READMEs link only with absolute URLs, which work on GitHub and on npm', () => {
    const relative = ['README.md', ...files.filter((f) => f.startsWith('packages/'))].flatMap(
      (file) =>
        [...readFileSync(`${ROOT}${file}`, 'utf8').matchAll(/\]\(([^)\s]+)\)/g)]
          .map((m) => m[1] ?? '')
          .filter((href) => !/^(https?:|mailto:|#)/.test(href))
          .map((href) => `${file}: ${href}`),
    );
    expect(relative).toEqual([]);
  });

  it('the guide index lists every guide, and the README links the index', () => {
    const index = readFileSync(`${ROOT}docs/guides/README.md`, 'utf8');
    for (const file of files.filter(
      (f) => f.startsWith('docs/guides/') && !f.endsWith('README.md'),
    ))
      expect(index).toContain(`](${file.slice('docs/guides/'.length)})`);
    expect(readFileSync(`${ROOT}README.md`, 'utf8')).toContain('docs/guides/README.md');
  });
});
