// The generated parts of the reference documents (docs/rules.md, docs/contract.md): each sits
// between `<!-- generated: NAME -->` and `<!-- end generated: NAME -->`, and its generator
// rewrites only what lies between the two markers. Everything else is written by hand.
import { readFileSync, writeFileSync } from 'node:fs';

/** The body of every generated block of one document, by block name. */
export type GeneratedBlocks = Readonly<Record<string, string>>;

const MARKER = /<!-- generated: ([a-z0-9-]+) -->\n[\s\S]*?<!-- end generated: \1 -->/g;

/**
 * The names of the generated blocks in a document, in their order.
 *
 * @param text - The document.
 * @returns The block names.
 */
export function blockNames(text: string): string[] {
  return [...text.matchAll(MARKER)].map((m) => m[1] ?? '');
}

/**
 * A document with the body of every generated block replaced by the current one.
 *
 * @param text - The document as committed.
 * @param blocks - The current body of each block.
 * @returns The document with every block regenerated.
 * @throws Error when a block of `blocks` is missing from the document, or the document has a
 *   block that no generator knows, or a block twice.
 */
export function fillGeneratedBlocks(text: string, blocks: GeneratedBlocks): string {
  const found = blockNames(text);
  const unknown = found.filter((name) => !(name in blocks));
  const missing = Object.keys(blocks).filter((name) => !found.includes(name));
  const twice = found.filter((name, i) => found.indexOf(name) !== i);
  if (unknown.length + missing.length + twice.length > 0)
    throw new Error(
      `generated blocks do not match: unknown ${unknown.join(', ') || '—'}; missing ${missing.join(', ') || '—'}; twice ${twice.join(', ') || '—'}`,
    );
  return text.replace(MARKER, (_all, name: string) => {
    const body = (blocks[name] ?? '').replace(/\n+$/, '');
    return `<!-- generated: ${name} -->\n${body}\n<!-- end generated: ${name} -->`;
  });
}

/**
 * Rewrites the generated blocks of a document file in place.
 *
 * @param url - The document's file URL.
 * @param blocks - The current body of each block.
 * @returns Whether the file changed.
 */
export function writeGeneratedBlocks(url: URL, blocks: GeneratedBlocks): boolean {
  const before = readFileSync(url, 'utf8');
  const after = fillGeneratedBlocks(before, blocks);
  if (after !== before) writeFileSync(url, after);
  return after !== before;
}

/** A Markdown table from a header row and body rows; `|` and newlines in cells are escaped. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** A fenced JSON code block of a value, two-space indented. */
export function jsonBlock(value: unknown): string {
  return `\`\`\`json\n${JSON.stringify(value, null, 2)}\n\`\`\``;
}
