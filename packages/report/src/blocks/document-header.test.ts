import { describe, expect, it } from 'vitest';
import { headerFooterXml } from '../test-support/header-footer-xml.js';
import { defaultTheme } from '../theme/default-theme.js';
import { documentFooter } from './document-footer.js';
import { documentHeader } from './document-header.js';

const footer = documentFooter({ date: '2025-03-26', version: 2 }, defaultTheme);
const text = (xml: string) =>
  [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('documentHeader', () => {
  it('shows the employee name, the title and the BSN', async () => {
    const { header } = await headerFooterXml(
      documentHeader(
        {
          title: 'Plan van aanpak',
          employeeName: 'Sanne Verhoeven',
          bsn: '123456782',
          concept: false,
        },
        defaultTheme,
      ),
      footer,
    );
    expect(text(header)).toContain('Sanne Verhoeven');
    expect(text(header)).toContain('Plan van aanpak');
    expect(text(header)).toContain('BSN 123456782');
    expect(text(header)).not.toContain('CONCEPT');
  });

  it('leaves the BSN out when told (dossieroverzicht) and says when it is missing', async () => {
    const without = await headerFooterXml(
      documentHeader({ title: 'T', employeeName: 'N', bsn: null, concept: false }, defaultTheme),
      footer,
    );
    expect(text(without.header)).not.toContain('BSN');
    const missing = await headerFooterXml(
      documentHeader(
        { title: 'T', employeeName: 'N', bsn: undefined, concept: false },
        defaultTheme,
      ),
      footer,
    );
    expect(text(missing.header)).toContain('BSN ontbreekt');
  });

  it('carries the concept marking in its named style (which has the concept colour)', async () => {
    const { header } = await headerFooterXml(
      documentHeader({ title: 'T', employeeName: 'N', bsn: '1', concept: true }, defaultTheme),
      footer,
    );
    expect(text(header)).toContain('CONCEPT — onvolledig');
    expect(header).toMatch(
      /<w:pStyle w:val="Conceptmarkering"\/><\/w:pPr><w:r><w:t[^>]*>CONCEPT — onvolledig</,
    );
  });

  it('says "Interne kopie, zonder BSN" in place of the BSN on an internal copy', async () => {
    const { header } = await headerFooterXml(
      documentHeader(
        { title: 'T', employeeName: 'N', bsn: '123456782', concept: false, internalCopy: true },
        defaultTheme,
      ),
      footer,
    );
    expect(text(header)).toContain('Interne kopie, zonder BSN');
    expect(text(header)).not.toContain('123456782');
  });

  it('shows the logo and the organisation of the theme', async () => {
    const png = Uint8Array.from(
      atob(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      ),
      (c) => c.charCodeAt(0),
    );
    const theme = {
      ...defaultTheme,
      logo: { data: png, type: 'png' as const, width: 80, height: 30 },
      organisation: { name: 'Voorbeeld B.V.', address: 'Utrecht' },
    };
    const { header } = await headerFooterXml(
      documentHeader({ title: 'T', employeeName: 'N', bsn: '1', concept: false }, theme),
      footer,
    );
    expect(header).toContain('<w:drawing>');
    expect(text(header)).toContain('Voorbeeld B.V.');
  });
});

describe('documentFooter', () => {
  it('has "Pagina X van Y" as PAGE and NUMPAGES fields, the date and the version', async () => {
    const { footer: xml } = await headerFooterXml(
      documentHeader({ title: 'T', employeeName: 'N', bsn: '1', concept: false }, defaultTheme),
      footer,
    );
    expect(text(xml)).toContain('Pagina ');
    expect(text(xml)).toContain(' van ');
    expect(xml).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(xml).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    expect(text(xml)).toContain('Datum 26 maart 2025 · versie 2');
  });
});
