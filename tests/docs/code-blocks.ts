/** A fenced code block found in a comment or a Markdown file. */
export interface CodeBlock {
  /** The language after the opening fence: `ts`, `sh`, `json`, … (empty when none). */
  lang: string;
  /** The code between the fences. */
  code: string;
  /** The 0-based line, in the text searched, of the first line of code. */
  line: number;
}

/**
 * Every fenced code block (```` ```lang ```` … ```` ``` ````) of a text, fences at any indentation.
 *
 * @param text - Markdown, or a comment without its `*` prefixes.
 * @returns The blocks in order.
 * @example
 * ```ts
 * codeBlocks('a\n```ts\nf();\n```\n'); // [{ lang: 'ts', code: 'f();', line: 2 }]
 * ```
 * @category Documentation
 */
export function codeBlocks(text: string): CodeBlock[] {
  const lines = text.split('\n');
  const out: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})([\w-]*)\s*$/.exec(lines[i] ?? '');
    if (!open) continue;
    const [, indent = '', fence = '', lang = ''] = open;
    const end = lines.findIndex((l, j) => j > i && l.trim() === fence);
    if (end < 0) break;
    const body = lines
      .slice(i + 1, end)
      .map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()));
    out.push({ lang, code: body.join('\n'), line: i + 1 });
    i = end;
  }
  return out;
}

/**
 * The `@example` sections of a TSDoc comment: the text from each `@example` tag to the next
 * block tag.
 *
 * @param comment - The comment text without its `*` prefixes.
 * @returns Each section's text (its first line is what follows the tag) and the 0-based line of
 *   the tag within the comment.
 * @example
 * ```ts
 * exampleSections('Adds.\n@example\n```ts\nf();\n```\n@category X'); // [{ text: '\n```ts\nf();\n```', line: 1 }]
 * ```
 * @category Documentation
 */
export function exampleSections(comment: string): { text: string; line: number }[] {
  const lines = comment.split('\n');
  const out: { text: string; line: number }[] = [];
  let fence = false;
  let current: { lines: string[]; line: number } | undefined;
  const close = () => {
    if (current) out.push({ text: current.lines.join('\n').trimEnd(), line: current.line });
    current = undefined;
  };
  lines.forEach((l, i) => {
    if (/^\s*`{3,}/.test(l)) fence = !fence;
    const tag = !fence && /^\s*@(\w+)/.exec(l);
    if (tag) {
      close();
      if (tag[1] === 'example') current = { lines: [l.replace(/^\s*@example\s?/, '')], line: i };
      return;
    }
    current?.lines.push(l);
  });
  close();
  return out;
}
