import { readdirSync, readFileSync } from 'node:fs';
import type { Finding } from '@poortwachter/core';
import { type ResolvedDocumentContent, resolveDocumentContent } from '@poortwachter/schema';
import { describe, expect, it } from 'vitest';
import { checkDocument } from './check-document.js';

const dir = new URL('../../../../fixtures/dossier/', import.meta.url);
const readJson = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
const contentFiles = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'case.json')
  .sort();
const AS_OF = '2025-11-01';

// biome-ignore lint/suspicious/noExplicitAny: the edits reach into fixture JSON freely
type Json = any;
type Edits = Record<string, (json: Json) => void>;

/** Resolves a fixture after applying `edits` to the files it loads (by file name). */
function resolved(file: string, edits: Edits = {}): ResolvedDocumentContent {
  const read = (name: string) => {
    const json = readJson(name);
    edits[name]?.(json);
    return json;
  };
  const result = resolveDocumentContent(read(file), read);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

/**
 * The example log records three applications in April 2025, before the bemiddeling phase it
 * records from 1 May; the progress report of their period says so as info (tested with the
 * spoor-2 checks, `check-spoor2-report.test.ts`). The cases here leave those infos out.
 */
const notEarlyApplication = (f: Finding) =>
  !(f.code.endsWith('/application-outside-mediation') && f.severity === 'info');

const check = (file: string, edits: Edits = {}, asOf = AS_OF): Finding[] =>
  checkDocument(resolved(file, edits), { asOf }).filter(notEarlyApplication);

const summary = (findings: Finding[]) => findings.map((f) => [f.code, f.severity, f.path]);

const PVA = '01-plan-van-aanpak.json';
const BIJ = '02-bijstelling.json';
const EJE = '03-eerstejaarsevaluatie.json';
const TRAJECT = '04-spoor-2-trajectplan.json';
const VOORTGANG = '05-spoor-2-voortgang.json';
const EIND = '06-spoor-2-eindrapportage.json';
const RIV = '07-re-integratieverslag.json';

/** Index of the first RIV part of a kind in the fixture. */
const partIndex = (kind: string, nth = 0): number => {
  const parts = (readJson(RIV).parts as { kind: string }[]).map((p, i) => [p.kind, i] as const);
  return (parts.filter(([k]) => k === kind)[nth] as readonly [string, number])[1];
};

/** Index of the attached RIV part of a date in the fixture. */
const partDated = (date: string): number =>
  (readJson(RIV).parts as { date?: string }[]).findIndex((p) => p.date === date);

describe('checkDocument', () => {
  it.each(contentFiles)('finds nothing in the complete fixture %s', (file) => {
    expect(check(file)).toEqual([]);
  });

  describe.each<[string, string, Edits, [string, string, (string | number)[]][]]>([
    [
      'a plan without probleemanalyse date',
      PVA,
      { [PVA]: (j) => delete j.probleemanalyseDate },
      [['document/plan-van-aanpak/missing-part', 'error', ['probleemanalyseDate']]],
    ],
    [
      'a near-empty plan (no activities)',
      PVA,
      { [PVA]: (j) => (j.activities = []) },
      [['document/plan-van-aanpak/near-empty', 'error', ['activities']]],
    ],
    [
      'a plan without signatures',
      PVA,
      { [PVA]: (j) => (j.signatures = []) },
      [
        ['document/plan-van-aanpak/unsigned', 'error', ['signatures']],
        ['document/plan-van-aanpak/unsigned', 'error', ['signatures']],
      ],
    ],
    [
      'a plan signed by the casemanager for the employer and by the employee',
      PVA,
      { [PVA]: (j) => (j.signatures = [{ role: 'casemanager' }, { role: 'werknemer' }]) },
      [],
    ],
    [
      'a plan without authors',
      PVA,
      { [PVA]: (j) => (j.authors = []) },
      [['document/plan-van-aanpak/no-authors', 'error', ['authors']]],
    ],
    [
      'an author without function',
      PVA,
      { [PVA]: (j) => delete j.authors[1].function },
      [['document/plan-van-aanpak/author-without-function', 'error', ['authors', 1, 'function']]],
    ],
    [
      'a plan without functional summary (its details are not reported again)',
      PVA,
      { [PVA]: (j) => delete j.functionalSummary },
      [['document/plan-van-aanpak/missing-part', 'error', ['functionalSummary']]],
    ],
    [
      'a plan without expected duration',
      PVA,
      { [PVA]: (j) => delete j.functionalSummary.expectedDuration },
      [
        [
          'document/plan-van-aanpak/missing-part',
          'warning',
          ['functionalSummary', 'expectedDuration'],
        ],
      ],
    ],
    [
      'a case without BSN',
      PVA,
      { 'case.json': (j) => delete j.employee.bsn },
      [['document/plan-van-aanpak/missing-bsn', 'error', ['case', 'employee', 'bsn']]],
    ],
    [
      'a case without casemanager',
      PVA,
      { 'case.json': (j) => delete j.casemanager },
      [
        ['document/plan-van-aanpak/missing-case-field', 'error', ['case', 'casemanager', 'name']],
        [
          'document/plan-van-aanpak/missing-case-field',
          'warning',
          ['case', 'casemanager', 'function'],
        ],
      ],
    ],
    [
      'planned evaluations more than 42 sick days apart',
      PVA,
      { [PVA]: (j) => j.evaluationMoments.splice(1, 3) },
      [['document/plan-van-aanpak/evaluation-gap', 'warning', ['evaluationMoments', 1, 'date']]],
    ],
    [
      'planned evaluations without the eerstejaarsevaluatie',
      PVA,
      { [PVA]: (j) => j.evaluationMoments.pop() },
      [
        [
          'document/plan-van-aanpak/no-eerstejaarsevaluatie-moment',
          'warning',
          ['evaluationMoments'],
        ],
      ],
    ],
    [
      'a signature dated after asOf',
      PVA,
      { [PVA]: (j) => (j.signatures[1].date = '2026-01-05') },
      [['document/plan-van-aanpak/dated-after-as-of', 'warning', ['signatures', 1, 'date']]],
    ],
    [
      'a bijstelling without participants',
      BIJ,
      { [BIJ]: (j) => (j.participants = []) },
      [['document/bijstelling/missing-part', 'error', ['participants']]],
    ],
    [
      'a bijstelling planning the next evaluation after 8 weeks',
      BIJ,
      { [BIJ]: (j) => (j.nextEvaluationDate = '2024-06-27') },
      [['document/bijstelling/evaluation-gap', 'warning', ['nextEvaluationDate']]],
    ],
    [
      'a bijstelling signed by the employer only',
      BIJ,
      { [BIJ]: (j) => j.signatures.pop() },
      [['document/bijstelling/unsigned', 'error', ['signatures']]],
    ],
    [
      'an eerstejaarsevaluatie skipping spoor 2 without motivation',
      EJE,
      {
        [EJE]: (j) => (j.spoor2Decision = { decision: 'skip', ground: 'marginale-mogelijkheden' }),
      },
      [
        [
          'document/eerstejaarsevaluatie/spoor-2-decision-without-motivation',
          'error',
          ['spoor2Decision', 'motivation'],
        ],
      ],
    ],
    [
      'an eerstejaarsevaluatie postponing the decision without motivation',
      EJE,
      { [EJE]: (j) => (j.spoor2Decision = { decision: 'postponed', decideBy: '2025-02-01' }) },
      [
        [
          'document/eerstejaarsevaluatie/spoor-2-decision-without-motivation',
          'error',
          ['spoor2Decision', 'motivation'],
        ],
      ],
    ],
    [
      'an eerstejaarsevaluatie starting spoor 2 without provider',
      EJE,
      { [EJE]: (j) => delete j.spoor2Decision.provider },
      [
        [
          'document/eerstejaarsevaluatie/spoor-2-start-incomplete',
          'warning',
          ['spoor2Decision', 'provider'],
        ],
      ],
    ],
    [
      'an eerstejaarsevaluatie without decision on spoor 2',
      EJE,
      { [EJE]: (j) => delete j.spoor2Decision },
      [['document/eerstejaarsevaluatie/missing-part', 'error', ['spoor2Decision']]],
    ],
    [
      'a trajectplan without persoonsprofiel',
      TRAJECT,
      { [TRAJECT]: (j) => delete j.persoonsprofiel },
      [['document/spoor-2-trajectplan/missing-part', 'error', ['persoonsprofiel']]],
    ],
    [
      'a trajectplan whose case has no zoekprofiel',
      TRAJECT,
      { 'case.json': (j) => delete j.spoor2.plan.zoekprofiel },
      [
        [
          'document/spoor-2-trajectplan/missing-case-field',
          'error',
          ['case', 'spoor2', 'plan', 'zoekprofiel'],
        ],
      ],
    ],
    [
      'a trajectplan without the employee signature',
      TRAJECT,
      {
        [TRAJECT]: (j) => (j.signatures = j.signatures.filter((s: Json) => s.role !== 'werknemer')),
      },
      [['document/spoor-2-trajectplan/unsigned', 'error', ['signatures']]],
    ],
    [
      'a voortgangsrapportage over a period without activities or applications',
      VOORTGANG,
      { 'case.json': (j) => Object.assign(j.spoor2, { activities: [], applications: [] }) },
      [['document/spoor-2-voortgang/near-empty', 'error', ['case', 'spoor2', 'activities']]],
    ],
    [
      'a voortgangsrapportage without the employee signature',
      VOORTGANG,
      {
        [VOORTGANG]: (j) =>
          (j.signatures = j.signatures.filter((s: Json) => s.role !== 'werknemer')),
      },
      [['document/spoor-2-voortgang/unsigned', 'error', ['signatures']]],
    ],
    [
      'an eindrapportage without reasons for non-placement or the adviser signature',
      EIND,
      { [EIND]: (j) => Object.assign(j, { nonPlacementReasons: undefined, signatures: [] }) },
      [
        ['document/spoor-2-eindrapportage/missing-part', 'error', ['nonPlacementReasons']],
        ['document/spoor-2-eindrapportage/unsigned', 'error', ['signatures']],
      ],
    ],
    [
      'an eindrapportage with a placement needs no reasons for non-placement, and does not show them',
      EIND,
      {
        'case.json': (j) =>
          (j.spoor2.outcome = {
            kind: 'detachering',
            date: '2025-09-26',
            employer: 'Zorggroep Voorbeeld',
            function: 'Medewerker zorgadministratie',
            hoursPerWeek: 24,
          }),
      },
      [['document/spoor-2-eindrapportage/not-shown', 'warning', ['nonPlacementReasons']]],
    ],
    [
      'an undated attached part without authors',
      RIV,
      { [RIV]: (j) => (j.parts[0] = { kind: 'probleemanalyse' }) },
      [
        ['document/re-integratieverslag/undated-part', 'error', ['parts', 0, 'date']],
        ['document/re-integratieverslag/no-authors', 'error', ['parts', 0, 'authors']],
      ],
    ],
    [
      'an attached part whose author has no function',
      RIV,
      { [RIV]: (j) => delete j.parts[0].authors[0].function },
      [
        [
          'document/re-integratieverslag/author-without-function',
          'error',
          ['parts', 0, 'authors', 0, 'function'],
        ],
      ],
    ],
    [
      'a full verslag without actueel oordeel',
      RIV,
      { [RIV]: (j) => j.parts.splice(partIndex('actueel-oordeel'), 1) },
      [['document/re-integratieverslag/missing-part', 'error', ['parts']]],
    ],
    [
      'an actueel oordeel dated after the eindevaluatie',
      RIV,
      { [RIV]: (j) => (j.parts[partIndex('actueel-oordeel')].date = '2025-10-10') },
      [
        [
          'document/re-integratieverslag/actueel-oordeel-after-eindevaluatie',
          'error',
          ['parts', partIndex('actueel-oordeel'), 'date'],
        ],
      ],
    ],
    [
      'a verslag missing the evaluations of spring 2025',
      RIV,
      {
        [RIV]: (j) =>
          (j.parts = j.parts.filter(
            (p: { date?: string }) => !['2025-04-01', '2025-05-08'].includes(p.date ?? ''),
          )),
      },
      // The two removed parts come before the evaluation of 17 June, which is reported.
      [
        [
          'document/re-integratieverslag/evaluation-gap',
          'warning',
          ['parts', partDated('2025-06-17') - 2],
        ],
      ],
    ],
    [
      'a full verslag without eindevaluatie',
      RIV,
      { [RIV]: (j) => delete j.eindevaluatie },
      [['document/re-integratieverslag/missing-part', 'error', ['eindevaluatie']]],
    ],
    [
      'an undated eindevaluatie (the last evaluation gap cannot be measured either)',
      RIV,
      { [RIV]: (j) => delete j.eindevaluatie.date },
      [['document/re-integratieverslag/undated-part', 'error', ['eindevaluatie', 'date']]],
    ],
    [
      'a verslag without the judgement of the employee',
      RIV,
      { [RIV]: (j) => delete j.oordeelWerknemer },
      [['document/re-integratieverslag/missing-part', 'error', ['oordeelWerknemer']]],
    ],
    [
      'an eindevaluatie not signed by the employee',
      RIV,
      { [RIV]: (j) => j.eindevaluatie.signatures.pop() },
      [['document/re-integratieverslag/unsigned', 'error', ['eindevaluatie', 'signatures']]],
    ],
    [
      'a case without the nature of the business',
      RIV,
      { 'case.json': (j) => delete j.employer.natureOfBusiness },
      [
        [
          'document/re-integratieverslag/missing-case-field',
          'error',
          ['case', 'employer', 'natureOfBusiness'],
        ],
      ],
    ],
    [
      'a verslag without spoor-2 reports while spoor 2 started',
      RIV,
      {
        [RIV]: (j) =>
          (j.parts = j.parts.filter((p: { kind: string }) => !p.kind.startsWith('spoor-2'))),
      },
      [['document/re-integratieverslag/missing-part', 'warning', ['parts']]],
    ],
    [
      'a short verslag without current status (it needs no eindevaluatie)',
      RIV,
      {
        [RIV]: (j) => Object.assign(j, { variant: 'verkort', eindevaluatie: undefined, parts: [] }),
      },
      [['document/re-integratieverslag/missing-part', 'error', ['currentStatus']]],
    ],
    [
      'a referenced plan that is not signed',
      RIV,
      { [PVA]: (j) => (j.signatures = [{ role: 'werknemer' }]) },
      [
        [
          'document/plan-van-aanpak/unsigned',
          'error',
          ['parts', partIndex('plan-van-aanpak'), 'contentFile', 'signatures'],
        ],
        // The remaining signature has no date: the verslag shows it as not signed.
        [
          'document/re-integratieverslag/undated-signature',
          'warning',
          ['parts', partIndex('plan-van-aanpak'), 'contentFile', 'signatures', 0, 'date'],
        ],
      ],
    ],
    [
      'a referenced part of another employee',
      RIV,
      {
        [EJE]: (j) => {
          const other = readJson('case.json');
          (other.employee as Json).bsn = '111222333';
          j.case = other;
        },
      },
      [
        [
          'document/re-integratieverslag/part-of-other-case',
          'error',
          ['parts', partIndex('eerstejaarsevaluatie'), 'contentFile'],
        ],
      ],
    ],
  ])('%s', (_name, file, edits, expected) => {
    it('is reported', () => {
      expect(summary(check(file, edits))).toEqual(expected);
    });
  });

  it('reports a missing BSN on every kind except the dossieroverzicht', () => {
    for (const file of contentFiles) {
      const codes = check(file, { 'case.json': (j) => delete j.employee.bsn }).map((f) => f.code);
      const kind = readJson(file).kind as string;
      if (kind === 'dossieroverzicht') expect(codes).toEqual([]);
      else expect(codes, file).toContain(`document/${kind}/missing-bsn`);
    }
  });

  it('counts the evaluation gap in sick days: days between two sick periods do not count', () => {
    const periods: Edits = {
      'case.json': (j) => {
        j.sickPeriods = [{ start: '2024-02-05', end: '2024-06-05' }, { start: '2024-06-20' }];
        j.events = [];
      },
      // 49 calendar days from 2 May to 20 June 2024, of which 14 are not sick days: 35 sick days.
      [BIJ]: (j) => (j.nextEvaluationDate = '2024-06-20'),
    };
    expect(check(BIJ, periods)).toEqual([]);
    const calendar: Edits = {
      ...periods,
      'case.json': (j) => {
        periods['case.json']?.(j);
        j.options = { processDeadlines: 'calendar' };
      },
    };
    const [gap] = check(BIJ, calendar);
    expect(gap?.code).toBe('document/bijstelling/evaluation-gap');
    expect(gap?.message.nl).toContain('49 dagen');
  });

  it('names the part and its date in the message of a finding inside a referenced part', () => {
    const [finding] = check(RIV, { [BIJ]: (j) => (j.participants = []) });
    expect(finding?.message).toEqual({
      nl: 'Bijstelling plan van aanpak van 2 mei 2024: Dit ontbreekt nog: de deelnemers.',
      en: 'Revision of the plan of action of 2 May 2024: Missing: the participants.',
    });
  });

  it('lists errors before warnings', () => {
    const findings = check(PVA, {
      [PVA]: (j) => Object.assign(j, { copiesTo: [], activities: [], intermediateGoals: [] }),
    });
    expect(findings.map((f) => f.severity)).toEqual(['error', 'warning', 'warning']);
  });

  it('writes every message in Dutch and English and never repeats the BSN or a name', () => {
    const broken: Edits = {
      [PVA]: (j) =>
        Object.assign(j, { activities: [], signatures: [], authors: [{ name: 'Petra de Boer' }] }),
      [RIV]: (j) => {
        j.parts[0] = { kind: 'probleemanalyse' };
        delete j.eindevaluatie.date;
      },
      'case.json': (j) => delete j.employer.natureOfBusiness,
    };
    const findings = [...check(PVA, broken), ...check(RIV, broken)];
    expect(findings.length).toBeGreaterThan(6);
    for (const { message } of findings) {
      expect(message.nl).toMatch(/\S/);
      expect(message.en).toMatch(/\S/);
      expect(message.nl).not.toBe(message.en);
    }
    expect(JSON.stringify(findings)).not.toMatch(/123456782|Sanne|Verhoeven|Petra/);
  });
});
