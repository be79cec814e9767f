import { describe, expect, it } from 'vitest';
import { childrenDocx } from '../test-support/children-docx.js';
import { readDossierJson, resolveFixture } from '../test-support/fixture-dossier.js';
import { defaultTheme } from '../theme/default-theme.js';
import { administrativeDataTable } from './administrative-data-table.js';

const caseData = resolveFixture(readDossierJson('01-plan-van-aanpak.json'), 'plan-van-aanpak').case;

describe('administrativeDataTable', () => {
  it('shows employee, employer, bedrijfsarts, casemanager and the first sick day', async () => {
    const { text } = await childrenDocx([administrativeDataTable(caseData, defaultTheme)]);
    for (const expected of [
      'Werknemer',
      'Sanne Verhoeven',
      'Lindenlaan 27, 3582 KT Utrecht',
      '123456782',
      '14 september 1978',
      'Orderpicker',
      '36',
      'Werkgever',
      'Voorbeeld Logistiek B.V.',
      '001234567L01',
      'Bedrijfsarts / arbodienst',
      'drs. A. Smit · Arbodienst Midden-Nederland',
      'Casemanager',
      'Petra de Boer',
      'HR-adviseur',
      'p.deboer@voorbeeld-logistiek.example · 030 123 45 67',
      'Eerste ziektedag',
      '5 februari 2024',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('shows a dash for what the case lacks and appends extra groups', async () => {
    const { text } = await childrenDocx([
      administrativeDataTable({ sickPeriods: [{ start: '2025-01-06' }] }, defaultTheme, [
        { title: 'Werk en bedrijf', fields: [['Aard van het bedrijf', 'Groothandel']] },
      ]),
    ]);
    expect(text).toContain('—');
    expect(text).toContain('6 januari 2025');
    expect(text).toContain('Groothandel');
  });
});
