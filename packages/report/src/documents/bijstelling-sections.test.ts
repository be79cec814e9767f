import { describe, expect, it } from 'vitest';
import { checkDocument } from '../completeness/check-document.js';
import { readDossierJson, resolveFixture } from '../test-support/fixture-dossier.js';
import { FIXTURE_AS_OF, inTextOrder, renderedFixture } from '../test-support/rendered-fixture.js';

const FILE = '02-bijstelling.json';

describe('bijstelling', () => {
  it('says which plan (date, version) it changes, and reads "Afspraken uit de vorige evaluatie"', async () => {
    const { text } = await renderedFixture(FILE);
    expect(
      inTextOrder(text, [
        'Bijgesteld plan',
        'Dit verslag evalueert en wijzigt het plan van aanpak van 25 maart 2024 (versie 1).',
        'Deelnemers',
        'Afspraken uit de vorige evaluatie',
      ]),
    ).toBe(true);
    expect(text).not.toContain('vorige keer');
  });

  it('is incomplete without the plan it changes', () => {
    const raw = readDossierJson(FILE) as Record<string, unknown>;
    delete raw.changesPlan;
    expect(checkDocument(resolveFixture(raw), { asOf: FIXTURE_AS_OF })).toContainEqual(
      expect.objectContaining({
        code: 'document/bijstelling/missing-part',
        severity: 'error',
        path: ['changesPlan'],
      }),
    );
  });

  it('gives the changes table a first column wide enough for "Contactafspraken" on one line', async () => {
    const { xml } = await renderedFixture(FILE);
    const table = xml.slice(xml.indexOf('>Onderdeel<') - 4000, xml.indexOf('>Onderdeel<'));
    const grid = [
      ...table.slice(table.lastIndexOf('<w:tblGrid>')).matchAll(/<w:gridCol w:w="(\d+)"/g),
    ];
    // 21 % of the 9,638 DXA text width is 2,024 DXA; less the 180 DXA of cell margins that leaves
    // 1,844 DXA (3.25 cm), where "Contactafspraken" (16 letters of 10.5 pt Calibri, about 3 cm)
    // fits; the old 16 % (1,362 DXA of text) broke "Opbouwschema" as "Opbouwschem/a".
    expect(Number(grid[0]?.[1])).toBeGreaterThanOrEqual(2000);
  });
});
