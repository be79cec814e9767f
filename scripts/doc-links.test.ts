import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BLOB_URL, type HeadingsOf, linkCitations, packageSources } from './doc-links.js';
import { markdownHeadings } from './markdown-headings.js';
import { brokenLinks } from './repository-links.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

// A small stand-in for docs/rules.md, so the rewriting is tested without the real document.
const RULES =
  '# Rules\n## 0. Counting\n### Leave\n## 7. Spoor 2\n### Start\n### Phases\n## 8. Phases\n';
const headingsOf: HeadingsOf = (path) =>
  path === 'docs/rules.md' ? markdownHeadings(RULES) : undefined;
const url = `${BLOB_URL}docs/rules.md`;

describe('linkCitations', () => {
  it('links a numbered section, a named heading, and a name inside a section', () => {
    const { text, problems } = linkCitations(
      '/** See docs/rules.md §7, docs/rules.md ("Leave") and docs/rules.md §7 ("Phases"). */',
      headingsOf,
    );
    expect(problems).toEqual([]);
    expect(text).toBe(
      `/** See {@link ${url}#7-spoor-2 | docs/rules.md §7}, {@link ${url}#leave | docs/rules.md ("Leave")} and {@link ${url}#phases | docs/rules.md §7 ("Phases")}. */`,
    );
  });

  it('keeps a quotation that is not a heading outside the link, and a parenthesis outside a comma citation', () => {
    const { text } = linkCitations(
      '/** (docs/rules.md, "Start") and docs/rules.md §7 ("a value agreed") */',
      headingsOf,
    );
    expect(text).toBe(
      `/** ({@link ${url}#start | docs/rules.md, "Start"}) and {@link ${url}#7-spoor-2 | docs/rules.md §7} ("a value agreed") */`,
    );
  });

  it("renames the specification's old names, and only renames them outside doc comments", () => {
    const source =
      '/** poortwachter-rules.md §0 */\n// poortwachter-rules.md §7\nconst s = "docs/rules.md §7";';
    expect(linkCitations(source, headingsOf).text).toBe(
      `/** {@link ${url}#0-counting | docs/rules.md §0} */\n// docs/rules.md §7\nconst s = "docs/rules.md §7";`,
    );
  });

  it('leaves a link alone and reports what it cannot link', () => {
    const linked = `/** {@link ${url}#leave | docs/rules.md ("Leave")} */`;
    expect(linkCitations(linked, headingsOf)).toEqual({ text: linked, problems: [] });
    const { problems } = linkCitations(
      '/** docs/rules.md §9, docs/rules.md ("Nothing"), docs/glossary.md */',
      headingsOf,
    );
    expect(problems.map((p) => p.reason)).toEqual([
      'docs/rules.md has no section 9',
      'docs/rules.md has no heading Nothing',
      'docs/glossary.md does not exist',
    ]);
  });

  it('every citation in the packages is a link (pnpm exec tsx scripts/doc-links.ts --write)', () => {
    const unlinked: string[] = [];
    for (const path of packageSources()) {
      const before = readFileSync(`${ROOT}${path}`, 'utf8');
      const { text, problems } = linkCitations(before);
      if (text !== before) unlinked.push(`${path}: not linked`);
      for (const p of problems) unlinked.push(`${path}: ${p.text}: ${p.reason}`);
    }
    expect(unlinked).toEqual([]);
  });

  it('every link of the packages to a document of the repository leads to a heading', () => {
    const broken = packageSources().flatMap((path) =>
      brokenLinks(readFileSync(`${ROOT}${path}`, 'utf8'), path).map((p) => `${path}: ${p}`),
    );
    expect(broken).toEqual([]);
    expect(brokenLinks(`${url}#nothing ${url}#7-spoor-2 ${BLOB_URL}docs/none.md`, 'x.ts')).toEqual([
      `${url}#nothing: no heading #nothing in docs/rules.md`,
      `${BLOB_URL}docs/none.md: no such file`,
    ]);
  });
});
