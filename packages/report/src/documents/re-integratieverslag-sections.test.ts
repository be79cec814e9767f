import { beforeAll, describe, expect, it } from 'vitest';
import { documentHeadings } from '../test-support/document-headings.js';
import { inTextOrder, renderedFixture } from '../test-support/rendered-fixture.js';

const FILE = '07-re-integratieverslag.json';

describe('re-integratieverslag', () => {
  let text: string;
  let xml: string;
  let parts: Record<string, string>;

  beforeAll(async () => {
    ({ text, xml, parts } = await renderedFixture(FILE));
  }, 120_000);

  it('numbers the eindevaluatie and the oordeel after the 25 parts and puts the attachments last', () => {
    const headings = documentHeadings(xml).filter((h) => /^(\d+\. |Bijlagen$)/.test(h));
    expect(headings.slice(-3)).toEqual([
      '26. Eindevaluatie',
      '27. Oordeel van de werknemer',
      'Bijlagen',
    ]);
    expect(documentHeadings(xml).at(-1)).toBe('Bijlagen');
    expect(
      inTextOrder(text, [
        '26',
        'Eindevaluatie',
        '9 oktober 2025',
        '27',
        'Oordeel van de werknemer',
      ]),
    ).toBe(true);
  });

  it('has a Word table of contents, refreshed on opening, written out with a page number per entry', () => {
    expect(xml).toContain('<w:docPartGallery w:val="Table of Contents"/>');
    expect(xml).toContain('TOC \\h \\o &quot;1-1&quot;');
    expect(parts['word/settings.xml']).toContain('<w:updateFields/>');
    const toc = text.slice(text.indexOf('Inhoud\n'), text.indexOf('Onderdelen'));
    const entries = [...toc.matchAll(/^(.+)\t(\d+)$/gm)].map((m) => [m[1], Number(m[2])] as const);
    expect(entries.map(([title]) => title)).toEqual([
      'Voorblad',
      'Inhoud',
      '2. Plan van aanpak',
      '3. Bijstelling plan van aanpak',
      '12. Eerstejaarsevaluatie',
      '14. Trajectplan spoor 2',
      '16. Voortgangsrapportage 1',
      '24. Eindrapportage spoor 2',
      '26. Eindevaluatie',
      '27. Oordeel van de werknemer',
      'Bijlagen',
    ]);
    // Every part starts on a new page: the page numbers rise with each entry.
    const pages = entries.map(([, page]) => page);
    expect(pages[0]).toBe(1);
    for (let i = 2; i < pages.length; i++) expect(pages[i]).toBeGreaterThan(pages[i - 1] ?? 0);
    // Each entry links to a bookmark on its heading, which the page reference points at.
    expect(xml.match(/<w:instrText[^>]*>PAGEREF _Toc\d+ \\h<\/w:instrText>/g)).toHaveLength(11);
  });

  it('shows inline parts as signed (who, when, where) and keeps lines to sign only for its own parts', () => {
    const inline = text.slice(
      text.indexOf('2. Plan van aanpak\n'),
      text.indexOf('26. Eindevaluatie\n'),
    );
    expect(inline).not.toContain('Handtekening:');
    expect(
      inTextOrder(inline, [
        'Ondertekening',
        'Ondertekend op',
        'Namens de werkgever',
        'Marco Jansen, Directeur',
        '25 maart 2024',
        'Utrecht',
      ]),
    ).toBe(true);
    expect(inline).not.toContain('nog niet ondertekend');
    const own = text.slice(text.indexOf('26. Eindevaluatie\n'), text.indexOf('Bijlagen\n'));
    expect(own.match(/Handtekening:/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it('gives the eindevaluatie current work and earnings and the employer’s view of the result', () => {
    expect(
      inTextOrder(text, [
        '26. Eindevaluatie',
        'Stand van de re-integratie bij de WIA-aanvraag: ',
        'Huidig werk en loon',
        'Werkzaamheden: Administratie en planning op het expeditiekantoor',
        'Uren per week: 16',
        'Brutoloon: €\u00A01.420,50 per maand',
        'Sinds: 20 januari 2025',
        'Oordeel van de werkgever',
        'Re-integratieresultaat voldoende: ja',
        'Toelichting: Alle passende uren',
        'Oordeel over de arbeidsverhouding: ',
        'Passend werk bij de werkgever: ',
      ]),
    ).toBe(true);
  });

  it('puts what UWV asks with a WIA application on the cover sheet', () => {
    expect(
      inTextOrder(text, [
        'Voorblad',
        'Dienstverband',
        'In dienst sinds',
        '1 april 2012',
        'Soort contract',
        'Onbepaalde tijd',
        'Werkpatroon',
        'Maandag tot en met vrijdag',
        'Contactgegevens',
        'Werknemer',
        'sanne.verhoeven@example.nl · 06 12 34 56 78',
        'Contactpersoon werkgever',
        'Petra de Boer, HR-adviseur · p.deboer@voorbeeld-logistiek.example · 030 123 45 67',
        'Eigenrisicodrager WGA',
        'nee',
        'Inhoud',
      ]),
    ).toBe(true);
  });
});
