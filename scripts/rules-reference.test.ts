import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTRACT_DOC, contractBlocks } from './contract-reference.js';
import { blockNames, fillGeneratedBlocks } from './docs-reference-blocks.js';
import { RULES_DOC, rulesBlocks } from './rules-reference.js';

const read = (url: URL) => readFileSync(url, 'utf8');
const ROOT = new URL('../', import.meta.url);

/** The first block whose committed body differs from the generated one, for a readable failure. */
function staleBlocks(text: string, blocks: Readonly<Record<string, string>>): string[] {
  const fresh = fillGeneratedBlocks(text, blocks);
  return blockNames(text).filter((name) => {
    const body = (t: string) =>
      t.slice(
        t.indexOf(`<!-- generated: ${name} -->`),
        t.indexOf(`<!-- end generated: ${name} -->`),
      );
    return body(text) !== body(fresh);
  });
}

describe('generated parts of the reference documents', () => {
  it('docs/rules.md matches the rule tables', () => {
    // Regenerate: pnpm exec tsx --conditions=@poortwachter/source scripts/rules-reference.ts --write
    const committed = read(RULES_DOC);
    expect(staleBlocks(committed, rulesBlocks())).toEqual([]);
    expect(committed).toBe(fillGeneratedBlocks(committed, rulesBlocks()));
  });

  it('docs/contract.md matches the output of the library and the command', async () => {
    // Regenerate: pnpm exec tsx --conditions=@poortwachter/source scripts/contract-reference.ts --write
    const committed = read(CONTRACT_DOC);
    const blocks = await contractBlocks();
    expect(staleBlocks(committed, blocks)).toEqual([]);
    expect(committed).toBe(fillGeneratedBlocks(committed, blocks));
  });

  it('refuses a document whose markers do not match its generator', () => {
    const doc = '# x\n<!-- generated: a -->\nold\n<!-- end generated: a -->\n';
    expect(fillGeneratedBlocks(doc, { a: 'new' })).toBe(
      '# x\n<!-- generated: a -->\nnew\n<!-- end generated: a -->\n',
    );
    expect(() => fillGeneratedBlocks(doc, { a: 'new', b: 'more' })).toThrow(/missing b/);
    expect(() => fillGeneratedBlocks(doc, {})).toThrow(/unknown a/);
  });

  it('a changed rule shows up as a stale block', () => {
    const committed = read(RULES_DOC);
    const edited = committed.replace('| `probleemanalyse` |', '| `probleemanalyse-x` |');
    expect(edited).not.toBe(committed);
    expect(staleBlocks(edited, rulesBlocks())).toEqual(['milestones']);
  });
});

/** Headings of a Markdown document: their numbers (`## 7. Spoor 2` → 7) and their names. */
function headings(text: string): { numbers: Set<string>; names: Set<string> } {
  const numbers = new Set<string>();
  const names = new Set<string>();
  for (const m of text.matchAll(/^#{2,4} (?:(\d+)\. )?(.+)$/gm)) {
    if (m[1] !== undefined) numbers.add(m[1]);
    names.add((m[2] ?? '').trim().toLowerCase());
  }
  return { numbers, names };
}

/** Every source and documentation file that may cite the reference documents. */
function citingFiles(dir: URL, out: URL[] = []): URL[] {
  for (const entry of readdirSync(dir)) {
    if (['node_modules', 'dist', '.git', 'coverage'].includes(entry)) continue;
    const url = new URL(entry, dir);
    if (statSync(url).isDirectory()) citingFiles(new URL(`${entry}/`, dir), out);
    else if (/\.(ts|md|mjs|json)$/.test(entry) && !entry.endsWith('.test.ts')) out.push(url);
  }
  return out;
}

describe('references to docs/rules.md and docs/contract.md resolve', () => {
  const docs = { rules: headings(read(RULES_DOC)), contract: headings(read(CONTRACT_DOC)) };

  it('has the numbered sections the code cites', () => {
    expect([...docs.rules.numbers]).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8']);
    expect([...docs.contract.numbers]).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('every `docs/<doc>.md §N` and `docs/<doc>.md ("Name")` in the repository names a heading', () => {
    const problems: string[] = [];
    const files = ['packages/', 'scripts/', 'examples/', 'bench/', 'docs/'].flatMap((d) =>
      citingFiles(new URL(d, ROOT)),
    );
    files.push(new URL('README.md', ROOT));
    let cited = 0;
    for (const file of files) {
      const text = read(file);
      const where = file.pathname.slice(ROOT.pathname.length);
      for (const m of text.matchAll(/docs\/(rules|contract)\.md,? §(\d+)/g)) {
        cited++;
        if (!docs[m[1] as 'rules' | 'contract'].numbers.has(m[2] ?? ''))
          problems.push(`${where}: docs/${m[1]}.md §${m[2]}`);
      }
      for (const m of text.matchAll(/docs\/(rules|contract)\.md[,]? \(?((?:"[^"\n]+"(?:, )?)+)/g))
        for (const name of (m[2] ?? '').matchAll(/"([^"\n]+)"/g)) {
          cited++;
          if (!docs[m[1] as 'rules' | 'contract'].names.has((name[1] ?? '').toLowerCase()))
            problems.push(`${where}: docs/${m[1]}.md "${name[1]}"`);
        }
    }
    expect(cited).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });

  it('the law watch is dated', () => {
    expect(read(RULES_DOC)).toMatch(/^## 8\. Law watch\n\nAs of \*\*\d{4}-\d{2}-\d{2}\*\*/m);
  });
});
