import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPOSITORY_URL } from './doc-links.js';
import { markdownHeadings } from './markdown-headings.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** A link to a file of this repository, as written in a document or comment. */
export interface RepositoryLink {
  /** The link as written. */
  href: string;
  /** The path inside the repository it points to (`docs/rules.md`), without anchor. */
  path: string;
  /** The anchor without `#`, if any. */
  anchor: string | undefined;
  /** Whether it is relative (resolved against the file it is written in). */
  relative: boolean;
}

const ABSOLUTE = new RegExp(
  `${REPOSITORY_URL.replace(/[.]/g, '\\.')}/(?:blob|tree)/main/([^\\s)#|>\`"']*)(?:#([\\w%-]+))?`,
  'g',
);

/**
 * The links to files of this repository in a text: absolute GitHub URLs of the main branch
 * anywhere, and, in Markdown, relative link targets (`[text](../rules.md#7-spoor-2)`; links to
 * other sites and mail addresses are not this repository's).
 *
 * @param text - The document or source.
 * @param from - The path of the file the text is in, relative to the root (`docs/guides/x.md`).
 * @returns The links, in order.
 * @example
 * ```ts
 * repositoryLinks('[r](../rules.md#7-spoor-2)', 'docs/guides/a.md');
 * // [{ href: '../rules.md#7-spoor-2', path: 'docs/rules.md', anchor: '7-spoor-2', relative: true }]
 * ```
 * @category Documentation
 */
export function repositoryLinks(text: string, from: string): RepositoryLink[] {
  const out: RepositoryLink[] = [];
  for (const m of text.matchAll(ABSOLUTE))
    out.push({
      href: m[0],
      path: (m[1] ?? '').replace(/\/$/, ''),
      anchor: m[2],
      relative: false,
    });
  if (from.endsWith('.md'))
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const href = m[1] ?? '';
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
      const [target = '', anchor] = href.split('#');
      const path =
        target === '' ? from : normalize(`${dirname(from)}/${decodeURIComponent(target)}`);
      out.push({ href, path: path.replace(/\/$/, ''), anchor, relative: true });
    }
  return out;
}

/**
 * The links of a text that lead nowhere: a missing file, or an anchor that is not a heading of
 * the Markdown file it points to.
 *
 * @param text - The document or source.
 * @param from - Its path relative to the root.
 * @returns One line per broken link: `href: reason`.
 * @example
 * ```ts
 * brokenLinks('[x](missing.md)', 'README.md'); // ['missing.md: no such file']
 * ```
 * @category Documentation
 */
export function brokenLinks(text: string, from: string): string[] {
  const problems: string[] = [];
  for (const link of repositoryLinks(text, from)) {
    const file = `${ROOT}${link.path}`;
    if (link.path.startsWith('..') || !existsSync(file)) {
      problems.push(`${link.href}: no such file`);
      continue;
    }
    if (link.anchor === undefined || statSync(file).isDirectory()) continue;
    if (!link.path.endsWith('.md')) continue;
    const anchors = markdownHeadings(readFileSync(file, 'utf8')).map((h) => h.anchor);
    if (!anchors.includes(decodeURIComponent(link.anchor).toLowerCase()))
      problems.push(`${link.href}: no heading #${link.anchor} in ${link.path}`);
  }
  return problems;
}
