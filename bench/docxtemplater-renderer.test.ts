import { renderDocument } from '@poortwachter/report';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS_WORKLOAD } from './documents-workload.mjs';
import { docxText } from './docx-text.mjs';
import { docxtemplaterRenderer } from './docxtemplater-renderer.mjs';
import { loadPvaContent } from './pva-content.mjs';
import { pvaTemplateData } from './pva-template-data.mjs';
import { templateFromRendered } from './template-from-rendered.mjs';

const content = loadPvaContent();
if (content.kind !== 'plan-van-aanpak') throw new Error('the fixture is not a plan van aanpak');
const data = pvaTemplateData(content);
const ours = await renderDocument(content, { asOf: DOCUMENTS_WORKLOAD.asOf });
const template = templateFromRendered(ours, data);

describe('the documents benchmark baseline (docxtemplater)', () => {
  it('fills its template to the same text as renderDocument: body, header and footer', async () => {
    const theirs = docxtemplaterRenderer(template)(content);
    expect(await docxText(theirs)).toBe(await docxText(ours));
  });

  it('has a template with tags and loops in place of the content', () => {
    const xml = new PizZip(template).file('word/document.xml')?.asText() ?? '';
    for (const tag of [
      '{employeeName}',
      '{#activities}{who}',
      '{byWhen}{/activities}',
      '{#limitations}',
      '{.}',
      '{limitationsLast}',
      '{copiesTo}',
    ])
      expect(xml).toContain(tag);
    expect(xml).not.toContain('Aangepaste werkplek inrichten');
    expect(new PizZip(template).file('word/header1.xml')?.asText()).toContain('{headerName}');
  });

  it('refuses data that has no place in the document', () => {
    expect(() => templateFromRendered(ours, { ...data, nowhere: 'Dit staat nergens.' })).toThrow(
      /no place found for nowhere/,
    );
  });
});
