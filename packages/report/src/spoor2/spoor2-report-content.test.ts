import { type Case, parseDocumentContent } from '@poortwachter/schema';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../completeness/check-document.js';
import { readDossierJson } from '../test-support/fixture-dossier.js';
import { spoor2ReportContent } from './spoor2-report-content.js';

const dossier = readDossierJson('case.json') as Case;

describe('spoor2ReportContent', () => {
  it('builds a progress report from the case alone: period since the last report, adviser as author, lines to sign', () => {
    const raw = spoor2ReportContent(dossier, { kind: 'spoor-2-voortgang', date: '2025-07-07' });
    // The report before 7 July in the register is of 26 May: the period is 27 May – 7 July.
    expect(raw).toMatchObject({
      kind: 'spoor-2-voortgang',
      date: '2025-07-07',
      period: { from: '2025-05-27', to: '2025-07-07' },
      authors: [{ name: 'Sem Bakker', function: 'Loopbaanadviseur, Voorbeeld Re-integratie B.V.' }],
      signatures: [
        {
          role: 'adviseur',
          name: 'Sem Bakker',
          function: 'Loopbaanadviseur',
          organisation: 'Voorbeeld Re-integratie B.V.',
        },
        { role: 'werknemer' },
      ],
    });
    expect(raw.case).toBe(dossier);
    expect('number' in raw).toBe(false);
    const parsed = parseDocumentContent(raw);
    expect(parsed.success).toBe(true);
    // Without a narrative only the narrative's parts are missing, as warnings: nothing refuses it.
    if (parsed.success)
      expect(
        checkDocument(parsed.data, { asOf: '2025-07-07' }).filter((f) => f.severity === 'error'),
      ).toEqual([]);
  });

  it('keeps what the narrative gives, and the period and number asked for', () => {
    const raw = spoor2ReportContent(
      dossier,
      {
        kind: 'spoor-2-voortgang',
        date: '2025-07-07',
        period: { from: '2025-05-24', to: '2025-07-04' },
        number: 3,
      },
      {
        authors: [{ name: 'P. de Boer', function: 'Casemanager' }],
        signatures: [{ role: 'werknemer', date: '2025-07-07' }],
        period: { from: '2025-01-01', to: '2025-01-31' },
        employeeView: 'Het gaat goed.',
      },
    );
    expect(raw).toMatchObject({
      period: { from: '2025-05-24', to: '2025-07-04' },
      number: 3,
      authors: [{ name: 'P. de Boer', function: 'Casemanager' }],
      signatures: [{ role: 'werknemer', date: '2025-07-07' }],
      employeeView: 'Het gaat goed.',
    });
    const narrativePeriod = spoor2ReportContent(
      dossier,
      { kind: 'spoor-2-voortgang', date: '2025-07-07' },
      { period: { from: '2025-05-24', to: '2025-07-04' } },
    );
    expect(narrativePeriod.period).toEqual({ from: '2025-05-24', to: '2025-07-04' });
  });

  it('gives a trajectplan and an eindrapportage no period, and leaves out an adviser without a function', () => {
    const { function: _f, ...adviser } = dossier.spoor2!.provider!.adviser!;
    const caseFile = {
      ...dossier,
      spoor2: { ...dossier.spoor2!, provider: { name: 'Voorbeeld Re-integratie B.V.', adviser } },
    };
    for (const kind of ['spoor-2-trajectplan', 'spoor-2-eindrapportage'] as const) {
      const raw = spoor2ReportContent(caseFile, { kind, date: '2025-09-26' });
      expect('period' in raw).toBe(false);
      expect(raw.authors).toEqual([{ name: 'Sem Bakker' }]);
      expect(raw.signatures).toEqual([{ role: 'werknemer' }]);
    }
  });
});
