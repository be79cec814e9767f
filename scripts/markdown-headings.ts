/** A heading of a Markdown document, with the anchor GitHub gives it. */
export interface MarkdownHeading {
  /** 1 for `#`, 2 for `##`, … */
  level: number;
  /** The section number of a numbered heading (`## 7. Spoor 2` → `'7'`), else `undefined`. */
  number: string | undefined;
  /** The heading text without its number (`Spoor 2`). */
  name: string;
  /** The anchor GitHub (and npm) give it: `7-spoor-2`; a repeated heading gets `-1`, `-2`, … */
  anchor: string;
}

/**
 * The anchor GitHub derives from a heading's text: lower case, punctuation removed (letters,
 * digits, spaces, `-` and `_` stay), spaces turned into `-`.
 *
 * @param text - The heading text as written, inline code and emphasis included.
 * @returns The anchor without `#` and without a duplicate suffix.
 * @example
 * ```ts
 * githubSlug('7. Spoor 2'); // '7-spoor-2'
 * githubSlug('`renderDocument` by kind'); // 'renderdocument-by-kind'
 * ```
 * @category Documentation
 */
export function githubSlug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/**
 * The headings of a Markdown document (outside fenced code blocks), with their anchors.
 *
 * @param markdown - The document.
 * @returns The headings in order.
 * @example
 * ```ts
 * markdownHeadings('# Rules\n## 0. Counting\n### Weeks\n## 1. Weeks');
 * // [{ level: 1, number: undefined, name: 'Rules', anchor: 'rules' }, …, { level: 3, …, anchor: 'weeks' }, { level: 2, number: '1', name: 'Weeks', anchor: '1-weeks' }]
 * ```
 * @category Documentation
 */
export function markdownHeadings(markdown: string): MarkdownHeading[] {
  const seen = new Map<string, number>();
  const out: MarkdownHeading[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const f = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (f && (fence === undefined || f.startsWith(fence))) {
      fence = fence === undefined ? f : undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const m = /^(#{1,6}) +(.+?) *#*$/.exec(line);
    if (!m) continue;
    const text = m[2] ?? '';
    const base = githubSlug(text);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    const numbered = /^(\d+)\. (.+)$/.exec(text);
    out.push({
      level: (m[1] ?? '').length,
      number: numbered?.[1],
      name: numbered?.[2] ?? text,
      anchor: count === 0 ? base : `${base}-${count}`,
    });
  }
  return out;
}
