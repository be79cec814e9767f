import { describe, expect, it } from 'vitest';
import { childrenDocx } from '../test-support/children-docx.js';
import { readDossierJson, resolveFixture } from '../test-support/fixture-dossier.js';
import { inTextOrder } from '../test-support/rendered-fixture.js';
import { defaultTheme } from '../theme/default-theme.js';
import { NOT_SIGNED, signatureBlock } from './signature-block.js';

const caseData = resolveFixture(readDossierJson('01-plan-van-aanpak.json'), 'plan-van-aanpak').case;

describe('signatureBlock', () => {
  it('names employee and casemanager from the case and the employer signatory from the content', async () => {
    const { text } = await childrenDocx(
      signatureBlock(
        [
          { role: 'werknemer', date: '2024-03-25', place: 'Utrecht' },
          { role: 'werkgever', name: 'Marco Jansen', function: 'Directeur' },
          { role: 'casemanager' },
        ],
        caseData,
        defaultTheme,
      ),
    );
    expect(text).toContain('Ondertekening');
    expect(text).toContain('Werknemer');
    expect(text).toContain('Sanne Verhoeven');
    expect(text).toContain('25 maart 2024');
    expect(text).toContain('Namens de werkgever');
    expect(text).toContain('Marco Jansen');
    expect(text).toContain('Petra de Boer');
    expect(text).toContain('Handtekening:');
  });

  it('keeps the block on one page: rows never split and every row keeps with the next', async () => {
    const { xml } = await childrenDocx(
      signatureBlock(
        [
          { role: 'werknemer' },
          { role: 'werkgever', name: 'M', function: 'F' },
          { role: 'casemanager' },
        ],
        caseData,
        defaultTheme,
      ),
    );
    const rows = xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    // Every paragraph of the first row keeps with the next, so the second row follows it.
    const firstRowParagraphs = rows[0]?.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [];
    expect(firstRowParagraphs.length).toBeGreaterThan(0);
    for (const p of firstRowParagraphs) expect(p).toContain('<w:keepNext/>');
    // The heading keeps with the table.
    expect(/<w:pStyle w:val="Heading1"\/><w:keepNext\/>/.test(xml)).toBe(true);
  });

  it('says so when there are no signatories', async () => {
    const { text } = await childrenDocx(signatureBlock([], caseData, defaultTheme));
    expect(text).toContain('Geen ondertekenaars opgegeven.');
  });

  it('records who signed when inside a re-integratieverslag part, with no empty signature lines', async () => {
    const signatures = [
      {
        role: 'werkgever',
        name: 'Marco Jansen',
        function: 'Directeur',
        date: '2024-03-25',
        place: 'Utrecht',
      },
      { role: 'werknemer' },
    ] as const;
    const { text } = await childrenDocx(signatureBlock(signatures, caseData, defaultTheme, 2));
    expect(
      inTextOrder(text, [
        'Ondertekening',
        'Ondertekenaar',
        'Naam en functie',
        'Ondertekend op',
        'Plaats',
        'Namens de werkgever',
        'Marco Jansen, Directeur',
        '25 maart 2024',
        'Utrecht',
        'Werknemer',
        'Sanne Verhoeven, Orderpicker',
        NOT_SIGNED,
      ]),
    ).toBe(true);
    expect(text).not.toContain('Handtekening:');
    expect(text).not.toContain('……');
    // The RIV's own parts are signed on the verslag itself: lines to sign on, at any level.
    const lines = await childrenDocx(
      signatureBlock(signatures, caseData, defaultTheme, 2, { mode: 'lines' }),
    );
    expect(lines.text).toContain('Handtekening:');
  });
});
