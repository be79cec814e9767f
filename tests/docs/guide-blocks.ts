import { readdirSync, readFileSync } from 'node:fs';
import { codeBlocks } from './code-blocks.js';
import { ROOT } from './public-surface.js';
import type { Snippet } from './typecheck-snippets.js';

/**
 * The Markdown files whose `ts` code blocks are run as tests: the guides, the README and the
 * package READMEs.
 *
 * @returns Paths relative to the repository root.
 * @example
 * ```ts
 * guideFiles().includes('docs/guides/getting-started.md'); // true
 * ```
 * @category Documentation
 */
export function guideFiles(): string[] {
  const guides = readdirSync(`${ROOT}docs/guides`)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/guides/${f}`);
  const packages = readdirSync(`${ROOT}packages`)
    .sort()
    .map((p) => `packages/${p}/README.md`);
  return [...guides, 'README.md', ...packages];
}

/** A `ts` block of a guide: as written (to typecheck) and as run (with its shown values checked). */
export interface GuideBlock {
  /** The block as a module, exactly as the reader sees it. */
  snippet: Snippet;
  /** The module that runs: every `value; // → shown` line becomes a check of the shown value. */
  runnable: string;
}

// `expression; // → shown value`, or the value on the next line (`// → shown value` alone): the
// reader sees a value; the test checks it.
const SHOWN = /^(\s*)(.+?);\s*\/\/ → (.+)$/;
const SHOWN_BELOW = /^\s*\/\/ → (.+)$/;
const STATEMENT =
  /^(\s*)(?!(?:const|let|var|import|export|return|throw|function|class|type|interface)\b|\/\/)(.+);\s*$/;

/** The lines of a block with every shown value turned into a call of `__checkShown`. */
function checkedLines(lines: readonly string[], where: (j: number) => string): string[] {
  const out = [...lines];
  out.forEach((line, j) => {
    const inline = SHOWN.exec(line);
    if (inline) {
      out[j] = `${inline[1]}__checkShown(${inline[2]}, ${inline[3]}, ${JSON.stringify(where(j))});`;
      return;
    }
    const below = SHOWN_BELOW.exec(line);
    const statement = j > 0 ? STATEMENT.exec(out[j - 1] ?? '') : null;
    if (below && statement && !statement[2]?.startsWith('__checkShown(')) {
      out[j - 1] =
        `${statement[1]}__checkShown(${statement[2]}, ${below[1]}, ${JSON.stringify(where(j))});`;
      out[j] = '';
    }
  });
  return out;
}

/**
 * The `ts` blocks of a Markdown file. Each block is a complete module: its own imports, no names
 * from elsewhere. A line `expression; // → value` (or `expression;` with `// → value` on the
 * next line) shows what the expression gives, and the test checks it (an object shows the keys
 * that matter; `value` is a JavaScript literal).
 *
 * @param file - The file, relative to the repository root.
 * @param checkModule - The module that exports `checkShown` (an absolute path).
 * @returns One block per `ts` code block.
 * @example
 * ```ts
 * guideBlocks('docs/guides/getting-started.md', '/repo/tests/docs/guide-check.ts')[0]?.snippet.origin;
 * // { file: 'docs/guides/getting-started.md', line: 12 }
 * ```
 * @category Documentation
 */
export function guideBlocks(file: string, checkModule: string): GuideBlock[] {
  const text = readFileSync(`${ROOT}${file}`, 'utf8');
  const slug = file.replace(/\W+/g, '-');
  return codeBlocks(text)
    .filter((b) => b.lang === 'ts' || b.lang === 'typescript')
    .map((block, i) => {
      const lines = checkedLines(block.code.split('\n'), (j) => `${file}:${block.line + j + 1}`);
      lines.push(`import { checkShown as __checkShown } from ${JSON.stringify(checkModule)};`);
      return {
        snippet: {
          name: `${slug}-${i + 1}.ts`,
          code: `${block.code}\nexport {};\n`,
          prefixLines: 0,
          origin: { file, line: block.line },
        },
        runnable: `${lines.join('\n')}\nexport {};\n`,
      };
    });
}
