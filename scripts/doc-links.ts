// Turns the citations of the reference documents in comments (`docs/rules.md §7`,
// `docs/contract.md ("Timeline")`) into links that work wherever the comment is read: on GitHub,
// on npm, in an editor's hover and in the API reference (`{@link https://github.com/… | text}`).
// The old names of the specification (`poortwachter-rules.md`, `contract.md`) become the
// repository's own documents. Only comments change.
//
// Rewrite:  pnpm exec tsx scripts/doc-links.ts --write
// Check:    pnpm exec vitest run scripts/doc-links.test.ts
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { type MarkdownHeading, markdownHeadings } from './markdown-headings.js';

/** The repository on GitHub. */
export const REPOSITORY_URL = 'https://github.com/poortwachter/poortwachter';

/** The prefix of a link to a file of the main branch: append the path inside the repository. */
export const BLOB_URL = `${REPOSITORY_URL}/blob/main/`;

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The headings of a document of the repository, by path (`docs/rules.md`). */
export type HeadingsOf = (path: string) => MarkdownHeading[] | undefined;

/**
 * The headings of a file of this repository, or `undefined` when it does not exist.
 *
 * @param path - The path inside the repository.
 * @returns Its headings.
 */
export const repositoryHeadings: HeadingsOf = (path) => {
  try {
    return markdownHeadings(readFileSync(`${ROOT}${path}`, 'utf8'));
  } catch {
    return undefined;
  }
};

/** A citation that could not be turned into a link. */
export interface CitationProblem {
  /** The 0-based offset of the citation in the source. */
  offset: number;
  /** The citation as written. */
  text: string;
  /** Why it has no link. */
  reason: string;
}

// `docs/rules.md`, then optionally `§7`, then optionally one or more quoted heading names, in
// parentheses or after a comma. The old names of the specification are recognised too.
const CITATION =
  /(?<![\w/.-])(docs\/(?:rules|contract|glossary)\.md|poortwachter-rules\.md|contract\.md)(,? §(\d+))?(,? \("[^"\n]+"(?:, "[^"\n]+")*\)|,? "[^"\n]+"(?:, "[^"\n]+")*)?/g;

const RENAMED: Record<string, string> = {
  'poortwachter-rules.md': 'docs/rules.md',
  'contract.md': 'docs/contract.md',
};

/** The headings of the section numbered `n` (the numbered heading and everything below it). */
function sectionOf(headings: readonly MarkdownHeading[], n: string): MarkdownHeading[] {
  const start = headings.findIndex((h) => h.number === n);
  if (start < 0) return [];
  const level = headings[start]?.level ?? 0;
  const end = headings.findIndex((h, i) => i > start && h.level <= level);
  return headings.slice(start, end < 0 ? undefined : end);
}

/**
 * The link for one citation: the document, the numbered section, and the heading named in it
 * (the first name that is a heading, inside the section when one is given).
 *
 * @param citation - The parts of the citation.
 * @param headingsOf - Where the documents' headings come from.
 * @returns The URL and how much of the citation the link covers, or a reason why there is none.
 */
function linkFor(
  citation: { doc: string; section: string | undefined; names: string[] },
  headingsOf: HeadingsOf,
): { url: string; withNames: boolean } | { reason: string } {
  const headings = headingsOf(citation.doc);
  if (!headings) return { reason: `${citation.doc} does not exist` };
  const scope = citation.section === undefined ? headings : sectionOf(headings, citation.section);
  if (citation.section !== undefined && scope.length === 0)
    return { reason: `${citation.doc} has no section ${citation.section}` };
  const named = citation.names
    .map((name) => scope.find((h) => h.name.toLowerCase() === name.toLowerCase()))
    .find((h) => h !== undefined);
  if (citation.names.length > 0 && !named && citation.section === undefined)
    return { reason: `${citation.doc} has no heading ${citation.names.join(', ')}` };
  const anchor = named?.anchor ?? scope[0]?.anchor;
  const url = `${BLOB_URL}${citation.doc}`;
  return {
    url: citation.section === undefined && !named ? url : `${url}#${anchor}`,
    withNames: named !== undefined,
  };
}

/** The ranges of every comment in a TypeScript source, from its syntax tree. */
function commentRanges(source: string): [number, number][] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = new Map<number, number>();
  const note = (ranges: ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? []) found.set(r.pos, r.end);
  };
  const visit = (node: ts.Node) => {
    note(ts.getLeadingCommentRanges(source, node.pos));
    note(ts.getTrailingCommentRanges(source, node.end));
    for (const child of node.getChildren(file)) visit(child);
  };
  visit(file);
  return [...found].sort((a, b) => a[0] - b[0]);
}

/**
 * Rewrites every citation of a reference document in the doc comments of a TypeScript source as
 * a `{@link <GitHub URL> | <citation>}`, naming the repository's documents (in other comments
 * only the old names are replaced). Citations already inside a `{@link …}` are left alone.
 *
 * @param source - The TypeScript source.
 * @param headingsOf - Where the documents' headings come from.
 * @returns The rewritten source and the citations that could not be linked.
 * @example
 * ```ts
 * linkCitations('/** See docs/rules.md §7. *\/', repositoryHeadings).text;
 * // '/** See {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7}. *\/'
 * ```
 * @category Documentation
 */
export function linkCitations(
  source: string,
  headingsOf: HeadingsOf = repositoryHeadings,
): { text: string; problems: CitationProblem[] } {
  const problems: CitationProblem[] = [];
  let out = '';
  let done = 0;
  for (const [start, end] of commentRanges(source)) {
    const comment = source.slice(start, end);
    const rewritten = comment.replace(
      CITATION,
      (
        all,
        file: string,
        sectionPart = '',
        section: string | undefined,
        namesPart = '',
        at: number,
      ) => {
        const before = comment.slice(0, at);
        if (before.lastIndexOf('{@link') > before.lastIndexOf('}')) return all;
        const doc = RENAMED[file] ?? file;
        // Only doc comments are read as TSDoc; elsewhere the old names are merely replaced.
        if (!comment.startsWith('/**')) return all.replace(file, doc);
        const names = [...String(namesPart).matchAll(/"([^"\n]+)"/g)].map((m) => m[1] ?? '');
        const link = linkFor({ doc, section, names }, headingsOf);
        if ('reason' in link) {
          problems.push({ offset: start + at, text: all, reason: link.reason });
          return all;
        }
        const text = `${doc}${sectionPart}${link.withNames ? namesPart : ''}`;
        const rest = link.withNames ? '' : namesPart;
        return `{@link ${link.url} | ${text}}${rest}`;
      },
    );
    out += source.slice(done, start) + rewritten;
    done = end;
  }
  return { text: out + source.slice(done), problems };
}

/**
 * Every TypeScript source of the packages (tests included: their comments may cite too).
 *
 * @returns Paths relative to the repository root.
 */
export function packageSources(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(`${ROOT}${dir}`)) {
      const path = `${dir}/${entry}`;
      if (statSync(`${ROOT}${path}`).isDirectory()) walk(path);
      else if (entry.endsWith('.ts')) out.push(path);
    }
  };
  for (const pkg of readdirSync(`${ROOT}packages`)) walk(`packages/${pkg}/src`);
  return out.sort();
}

if (process.argv.includes('--write')) {
  let changed = 0;
  for (const path of packageSources()) {
    const before = readFileSync(`${ROOT}${path}`, 'utf8');
    const { text, problems } = linkCitations(before);
    for (const p of problems) console.error(`${path}: ${p.text}: ${p.reason}`);
    if (text !== before) {
      writeFileSync(`${ROOT}${path}`, text);
      changed++;
    }
  }
  console.log(`${changed} files rewritten`);
}
