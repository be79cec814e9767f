import { PoortwachterError } from '@poortwachter/core';
import { nodeRasterizer } from '@poortwachter/report-raster/node';
import type { ResolvedDocumentContent } from '@poortwachter/schema';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONCEPT_TEXT } from '../blocks/concept-marking.js';
import { PRIVACY_TEXT } from '../blocks/privacy-line.js';
import { checkDocument } from '../completeness/check-document.js';
import { documentHeadings, EXPECTED_HEADINGS, inOrder } from '../test-support/document-headings.js';
import { docxParts } from '../test-support/docx-parts.js';
import {
  fixtureDossier,
  readDossierJson,
  resolveFixture,
} from '../test-support/fixture-dossier.js';
import { normalizeDocumentXml } from '../test-support/normalize-document-xml.js';
import { DocumentIncompleteError } from './document-incomplete-error.js';
import { renderDocument } from './render-document.js';

const AS_OF = '2025-10-24';
const rasterizer = nodeRasterizer();
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe.each(fixtureDossier())('renderDocument($file)', ({ file, content }) => {
  let parts: Record<string, string>;
  let body: string;
  let header: string;
  let footer: string;

  beforeAll(async () => {
    const bytes = await renderDocument(content, { asOf: AS_OF, rasterizer });
    parts = docxParts(bytes);
    body = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    const join = (prefix: string) =>
      Object.entries(parts)
        .filter(([path]) => new RegExp(`^word/${prefix}\\d*\\.xml$`).test(path))
        .map(([, xml]) => xml)
        .join('');
    header = join('header');
    footer = join('footer');
  });

  it('shows the headings of its kind, in order, as heading paragraphs', () => {
    const headings = documentHeadings(parts['word/document.xml'] ?? '');
    expect(inOrder(headings, EXPECTED_HEADINGS[content.kind] ?? ['?']), headings.join(' | ')).toBe(
      true,
    );
  });

  it('carries the date, version, authors and the privacy line in the body', () => {
    expect(body).toContain(PRIVACY_TEXT);
    expect(body).toMatch(/Datum: \d{1,2} \w+ \d{4} · Versie: 1/);
    expect(body).toContain('Petra de Boer');
    expect(body).not.toContain(CONCEPT_TEXT);
  });

  it('has the employee name, title and (except on the dossieroverzicht) the BSN in the header', () => {
    expect(textOf(header)).toContain('Sanne Verhoeven');
    if (content.kind === 'dossieroverzicht') {
      expect(textOf(header)).not.toContain('123456782');
      expect(body).not.toContain('123456782');
    } else {
      expect(textOf(header)).toContain('BSN 123456782');
    }
  });

  it('has "Pagina X van Y" with PAGE and NUMPAGES fields, the date and version in the footer', () => {
    expect(textOf(footer)).toMatch(/^Pagina {2}van .*Datum \d{1,2} \w+ \d{4} · versie 1$/);
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
  });

  it('is A4 and gives every table an explicit grid and DXA cell widths', () => {
    const xml = parts['word/document.xml'] ?? '';
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    const tables = xml.match(/<w:tbl>/g)?.length ?? 0;
    expect(tables).toBeGreaterThan(0);
    expect(xml.match(/<w:tblGrid>/g)).toHaveLength(tables);
    expect(xml).not.toMatch(/<w:tcW w:type="(auto|pct)"/);
    expect(xml).not.toMatch(/<w:tcW w:type="dxa" w:w="0"\/>/);
  });

  it('matches the normalised document.xml snapshot', async () => {
    await expect(normalizeDocumentXml(parts['word/document.xml'] ?? '')).toMatchFileSnapshot(
      `./__snapshots__/${file.replace('.json', '')}.document.xml`,
    );
  });
});

describe('renderDocument and the completeness check', () => {
  const raw = readDossierJson('01-plan-van-aanpak.json') as Record<string, unknown>;
  const caseData = readDossierJson('case.json') as { employee: Record<string, unknown> };
  const incomplete = resolveFixture(
    {
      ...raw,
      case: { ...caseData, employee: { ...caseData.employee, bsn: undefined } },
      signatures: [],
    },
    'plan-van-aanpak',
  );

  it('refuses a document that misses required content, with the findings as its issues', async () => {
    const error = await renderDocument(incomplete, { asOf: AS_OF }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentIncompleteError);
    expect(error).toBeInstanceOf(PoortwachterError);
    const issues = (error as DocumentIncompleteError).issues;
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.path])).toEqual(
      expect.arrayContaining([
        ['document/plan-van-aanpak/missing-bsn', ['case', 'employee', 'bsn']],
        ['document/plan-van-aanpak/unsigned', ['signatures']],
      ]),
    );
    expect(issues).toEqual(checkDocument(incomplete, { asOf: AS_OF }));
    expect((error as DocumentIncompleteError).name).toBe('DocumentIncompleteError');
    const message = (error as Error).message;
    expect(message).toMatch(/^Het document is niet compleet:\ncase\.employee\.bsn: /);
    expect(message).toContain('\nThe document is incomplete:\n');
    expect(message).not.toMatch(/Sanne|123456782|\n\s+at /);
  });

  it('renders it with allowIncomplete as a concept marked on every page, listing what is missing', async () => {
    const bytes = await renderDocument(incomplete, { asOf: AS_OF, allowIncomplete: true });
    const parts = docxParts(bytes);
    const header = textOf(parts['word/header1.xml'] ?? '');
    expect(header).toContain(CONCEPT_TEXT);
    expect(header).toContain('BSN ontbreekt');
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(text).toContain('Nog niet compleet');
    expect(text).toContain('Geen ondertekenaars opgegeven.');
  });

  it('needs a rasterizer for the dossieroverzicht: in its type, and said as an option issue', async () => {
    const overview = resolveFixture(
      readDossierJson('08-dossieroverzicht.json'),
      'dossieroverzicht',
    );
    // @ts-expect-error the dossieroverzicht's options require a rasterizer
    const error = await renderDocument(overview, { asOf: AS_OF }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PoortwachterError);
    expect((error as PoortwachterError).issues).toEqual([
      expect.objectContaining({ code: 'option/invalid', path: ['rasterizer'] }),
    ]);
  });

  it('takes optional options for every other kind, and requires them when the kind is unknown', async () => {
    const plan = resolveFixture(readDossierJson('01-plan-van-aanpak.json'), 'plan-van-aanpak');
    const typed = (anyKind: ResolvedDocumentContent): void => {
      void renderDocument(plan);
      // @ts-expect-error content of an unknown kind may be a dossieroverzicht: it needs a rasterizer
      void renderDocument(anyKind, { asOf: AS_OF });
      void renderDocument(anyKind, { asOf: AS_OF, rasterizer });
    };
    expect(typed).toBeTypeOf('function');
    const anyKind = resolveFixture(readDossierJson('01-plan-van-aanpak.json'));
    const bytes = await renderDocument(anyKind, { asOf: AS_OF, rasterizer });
    expect(docxParts(bytes)['word/document.xml']).toContain('Plan van aanpak');
  });

  it('writes the short re-integratieverslag: current status, administrative data, employee view', async () => {
    const riv = readDossierJson('07-re-integratieverslag.json') as Record<string, unknown>;
    const verkort = resolveFixture(
      {
        ...riv,
        variant: 'verkort',
        parts: [],
        eindevaluatie: undefined,
        currentStatus:
          'Werkt 16 uur per week in aangepast werk; herstel binnen 3 maanden verwacht.',
      },
      're-integratieverslag',
    );
    const bytes = await renderDocument(verkort, { asOf: AS_OF, allowIncomplete: true });
    const headings = documentHeadings(docxParts(bytes)['word/document.xml'] ?? '');
    expect(headings).toEqual([
      'Re-integratieverslag (verkort)',
      'Administratieve gegevens',
      'Huidige stand van zaken',
      'Oordeel van de werknemer',
      'Ondertekening',
    ]);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(text).toContain('herstel binnen 3 maanden verwacht');
    expect(text).toContain('123456782');
  });

  it('renders the parts of a re-integratieverslag inline with the sections of their own documents', async () => {
    const rivContent = resolveFixture(
      readDossierJson('07-re-integratieverslag.json'),
      're-integratieverslag',
    );
    const plan = resolveFixture(readDossierJson('01-plan-van-aanpak.json'), 'plan-van-aanpak');
    if (plan.kind !== 'plan-van-aanpak') throw new Error('fixture kind');
    const [riv, own] = await Promise.all(
      [rivContent, plan].map(
        async (c) =>
          (
            await mammoth.extractRawText({
              buffer: Buffer.from(await renderDocument(c, { asOf: AS_OF })),
            })
          ).value,
      ),
    );
    const activity = plan.activities[0]?.what ?? '?';
    expect(own).toContain(activity);
    expect(riv).toContain(activity);
    expect(riv).toContain('Het onderdeel Medische informatie zit niet in dit verslag');
    expect(riv).not.toMatch(/Medische informatie\n/);
  });
});
