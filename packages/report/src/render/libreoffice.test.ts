import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeRasterizer } from '@poortwachter/report-raster/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../template/fill-template.js';
import { EXPECTED_HEADINGS } from '../test-support/document-headings.js';
import {
  fixtureDossier,
  readDossierJson,
  resolveFixture,
} from '../test-support/fixture-dossier.js';
import { hostileFixture } from '../test-support/hostile-fixture.js';
import { renderDocument } from './render-document.js';

/**
 * Opens every rendered document in a real word processor: LibreOffice converts them all to PDF in
 * one call (soffice exits 0 even when it cannot load a file, so each PDF is checked), and the
 * PDFs are read back with poppler's pdfinfo, pdftotext and pdfimages. soffice is installed here
 * and in CI: a missing soffice fails the suite.
 */
const AS_OF = '2025-10-24';
const dir = mkdtempSync(join(tmpdir(), 'poortwachter-lo-'));
const profile = join(tmpdir(), `lo-profile-${randomUUID()}`);
const out = join(dir, 'pdf');
const dossier = fixtureDossier();
const names: string[] = [];

/**
 * Hostile variants LibreOffice must open: the characters that make a file unreadable for every
 * kind, and the other kinds of hostile text in the re-integratieverslag (whose inline parts are
 * hostile too). The 10,000-character variant is left to the validator: laid out in narrow table
 * cells it runs to hundreds of pages.
 */
const HOSTILE_FOR_ALL = ['nonCharacter', 'loneSurrogate'] as const;
const HOSTILE_FOR_RIV = ['control', 'multiLine', 'emoji', 'rtl'] as const;

/** A value that LibreOffice can only break between characters. */
const LONG_VALUE = 'x'.repeat(3000);

const pdf = (name: string) => join(out, `${name}.pdf`);
const pages = (name: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf(name)], { encoding: 'utf8' }))?.[1]);
/** The text of each page (pdftotext separates pages with a form feed). */
const pageTexts = (name: string) =>
  execFileSync('pdftotext', ['-layout', pdf(name), '-'], { encoding: 'utf8' }).split('\f');

beforeAll(async () => {
  const rasterizer = nodeRasterizer();
  const write = (name: string, bytes: Uint8Array) => {
    writeFileSync(join(dir, `${name}.docx`), bytes);
    names.push(name);
  };
  for (const { file, content } of dossier) {
    const name = file.replace('.json', '');
    write(name, await renderDocument(content, { asOf: AS_OF, rasterizer }));
    const kinds =
      content.kind === 're-integratieverslag'
        ? [...HOSTILE_FOR_ALL, ...HOSTILE_FOR_RIV]
        : HOSTILE_FOR_ALL;
    for (const kind of kinds) {
      const hostile = hostileFixture(file, { kind });
      write(
        `${name}.${kind}`,
        await renderDocument(hostile, { asOf: AS_OF, rasterizer, allowIncomplete: true }),
      );
    }
  }
  // A 3,000-character value without a space in a table cell, in the middle of a plan.
  const long = structuredClone(readDossierJson('01-plan-van-aanpak.json')) as {
    activities: { what: string }[];
  };
  if (long.activities[2]) long.activities[2].what = LONG_VALUE;
  write(
    '01-plan-van-aanpak.long-cell',
    await renderDocument(resolveFixture(long), { asOf: AS_OF, rasterizer }),
  );
  const huisstijl = new Uint8Array(
    readFileSync(new URL('../../../../fixtures/templates/huisstijl.docx', import.meta.url)),
  );
  write(
    '01-plan-van-aanpak.huisstijl',
    await fillTemplate(huisstijl, dossier[0]?.content ?? ({} as never), {
      asOf: AS_OF,
      rasterizer,
    }),
  );
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      out,
      ...names.map((n) => join(dir, `${n}.docx`)),
    ],
    { stdio: 'ignore', timeout: 170_000 },
  );
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

describe('LibreOffice', () => {
  it('opens every document and makes a PDF with pages', () => {
    expect(names).toHaveLength(
      dossier.length * (1 + HOSTILE_FOR_ALL.length) + HOSTILE_FOR_RIV.length + 2,
    );
    for (const name of names) {
      expect(existsSync(pdf(name)), name).toBe(true);
      expect(pages(name), name).toBeGreaterThan(0);
    }
  });

  it.each(dossier.map(({ file, content }) => [file.replace('.json', ''), content.kind] as const))(
    'shows the headings of %s',
    (name, kind) => {
      const text = pageTexts(name).join('\n');
      for (const heading of EXPECTED_HEADINGS[kind] ?? []) {
        expect(text, String(heading)).toMatch(
          typeof heading === 'string'
            ? heading
            : new RegExp(heading.source.replace(/^\^|\$$/g, '')),
        );
      }
    },
  );

  it('numbers the pages "Pagina X van Y" with the real page count', () => {
    for (const { file } of dossier) {
      const name = file.replace('.json', '');
      const texts = pageTexts(name).filter((t) => t.trim() !== '');
      const count = pages(name);
      expect(texts).toHaveLength(count);
      for (const [i, text] of texts.entries()) {
        expect(text, `${name} page ${i + 1}`).toContain(`Pagina ${i + 1} van ${count}`);
      }
    }
  });

  it('keeps each signature block on one page with its heading', () => {
    for (const { file, content } of dossier) {
      if (content.kind === 'dossieroverzicht') continue;
      const name = file.replace('.json', '');
      for (const page of pageTexts(name)) {
        const signatures = page.match(/Handtekening:/g)?.length ?? 0;
        if (signatures > 0) expect(page, `${name}`).toContain('Ondertekening');
      }
    }
  });

  it('never ends a page with a heading, nor leaves a page holding only a heading', () => {
    // The text of each page between its header line and its footer line.
    const bodyLines = (page: string) =>
      page
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .slice(1, -1);
    for (const { file, content } of dossier) {
      const name = file.replace('.json', '');
      const headings = (EXPECTED_HEADINGS[content.kind] ?? []).filter(
        (h): h is string => typeof h === 'string',
      );
      for (const [i, page] of pageTexts(name).entries()) {
        const lines = bodyLines(page);
        if (lines.length === 0) continue;
        expect(headings, `${name} page ${i + 1} ends with a heading`).not.toContain(lines.at(-1));
      }
    }
    for (const [i, page] of pageTexts('01-plan-van-aanpak.long-cell').entries()) {
      const lines = bodyLines(page);
      if (lines.length > 0) expect(lines.length, `long cell, page ${i + 1}`).toBeGreaterThan(1);
    }
  });

  it('prints the page of every part in the table of contents of the re-integratieverslag', () => {
    const texts = pageTexts('07-re-integratieverslag');
    const entries = [
      ...texts.join('\n').matchAll(/^(\d+\. [^.\n]+?|Bijlagen)\.{3,}\s*(\d+)$/gm),
    ].map((m) => [m[1]?.trim() ?? '', Number(m[2])] as const);
    expect(entries.length).toBe(9);
    for (const [title, page] of entries) {
      const lines = (texts[page - 1] ?? '')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      // The part's heading is the first line under the page header.
      expect(lines[1], `${title} on page ${page}`).toBe(title);
    }
  });

  it('keeps all 3,000 characters of an unbroken value in a table cell', () => {
    // The cell's lines hold nothing but x's (other words of the plan contain an x too).
    const lines = pageTexts('01-plan-van-aanpak.long-cell')
      .join('\n')
      .split('\n')
      .map((line) => /\bx{5,}\b/.exec(line)?.[0] ?? '');
    expect(lines.join('').length).toBe(3000);
  });

  it('shows the timeline picture of the dossieroverzicht', () => {
    const images = execFileSync('pdfimages', ['-list', pdf('08-dossieroverzicht')], {
      encoding: 'utf8',
    })
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '');
    expect(images.length).toBeGreaterThan(0);
    const [, , , width] = images[0]?.trim().split(/\s+/) ?? [];
    expect(Number(width)).toBeGreaterThan(1000);
  });

  it('fills the house-style template into a document LibreOffice lays out with its header', () => {
    const [first = ''] = pageTexts('01-plan-van-aanpak.huisstijl');
    expect(first).toContain('VOORBEELD LOGISTIEK');
    expect(first).toContain('BSN 123456782');
    expect(first).toContain('Eerste ziektedag: 5 februari 2024');
  });
});
