import type { Finding } from '@poortwachter/core';
import { type ResolvedDocumentContent, resolveDocumentContent } from '@poortwachter/schema';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../completeness/check-document.js';
import { passesMedicalScreen } from '../completeness/passes-medical-screen.js';
import { readDossierJson } from '../test-support/fixture-dossier.js';
import { checkSpoor2Report } from './check-spoor2-report.js';

// biome-ignore lint/suspicious/noExplicitAny: the edits reach into fixture JSON freely
type Json = any;

const TRAJECT = '04-spoor-2-trajectplan.json';
const VOORTGANG = '05-spoor-2-voortgang.json';
const EIND = '06-spoor-2-eindrapportage.json';

/**
 * A fixture of the example dossier, its content and its case changed by `edit`. The case: referral
 * 28 January 2025, bemiddeling 1 May – 26 September (phase 3), end and outcome 26 September;
 * applications 0–2 on 1, 3 and 8 April; register: trajectplan 3 March, progress reports on 14
 * April, 26 May, 7 July and 18 August, eindrapportage 26 September.
 */
function content(
  file: string,
  edit: (c: Json, t: Json) => void = () => {},
): ResolvedDocumentContent {
  const raw = readDossierJson(file) as Json;
  const caseFile = readDossierJson('case.json') as Json;
  edit(raw, caseFile.spoor2);
  const result = resolveDocumentContent({ ...raw, case: caseFile }, readDossierJson);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

const summary = (findings: Finding[]) => findings.map((f) => [f.code, f.severity, f.path]);
const spoor2 = (file: string, edit?: (c: Json, t: Json) => void) =>
  summary(checkSpoor2Report(content(file, edit)));

describe('checkSpoor2Report', () => {
  it('finds nothing in the example dossier but the applications before bemiddeling began', () => {
    expect(spoor2(TRAJECT)).toEqual([]);
    expect(spoor2(EIND)).toEqual([]);
    // Applications 0–2 (1, 3 and 8 April) precede bemiddeling (1 May): info, in the progress
    // report of their period.
    expect(spoor2(VOORTGANG)).toEqual(
      [0, 1, 2].map((i) => [
        'document/spoor-2-voortgang/application-outside-mediation',
        'info',
        ['case', 'spoor2', 'applications', i, 'date'],
      ]),
    );
    const [first] = checkSpoor2Report(content(VOORTGANG));
    expect(first?.message.nl).toBe(
      'Deze sollicitatie (1 april 2025) ligt vóór het begin van de bemiddeling (1 mei 2025) en telt niet mee in de sollicitaties per week; begon de bemiddeling eerder, leg de fase dan vast zoals ze liep.',
    );
  });

  it('refuses a report whose case has no trajectory, and checks nothing else', () => {
    const bare = content(VOORTGANG);
    const { spoor2: _t, ...caseFile } = bare.case;
    expect(summary(checkSpoor2Report({ ...bare, case: caseFile }))).toEqual([
      ['document/spoor-2-voortgang/no-trajectory', 'error', ['case', 'spoor2']],
    ]);
  });

  it('names the facts a trajectplan shows that the case lacks, a parent once', () => {
    expect(
      spoor2(TRAJECT, (_c, t) => {
        delete t.plan.goal;
        delete t.plan.plannedEnd;
        delete t.provider;
      }),
    ).toEqual([
      ['document/spoor-2-trajectplan/missing-case-field', 'error', ['case', 'spoor2', 'provider']],
      [
        'document/spoor-2-trajectplan/missing-case-field',
        'error',
        ['case', 'spoor2', 'plan', 'goal'],
      ],
      [
        'document/spoor-2-trajectplan/missing-case-field',
        'error',
        ['case', 'spoor2', 'plan', 'plannedEnd'],
      ],
    ]);
    expect(spoor2(TRAJECT, (_c, t) => delete t.plan.zoekprofiel.functions)).toEqual([
      [
        'document/spoor-2-trajectplan/missing-case-field',
        'error',
        ['case', 'spoor2', 'plan', 'zoekprofiel', 'functions'],
      ],
    ]);
  });

  it('asks the hours a week of every mode of intensity', () => {
    expect(spoor2(TRAJECT, (c) => delete c.intensity[1].hoursPerWeek)).toEqual([
      ['document/spoor-2-trajectplan/missing-part', 'error', ['intensity', 1, 'hoursPerWeek']],
    ]);
  });

  it('refuses a progress period outside the trajectory or after the report', () => {
    // From 20 January, 8 days before the referral on 28 January.
    const before = checkSpoor2Report(
      content(VOORTGANG, (c) => (c.period.from = '2025-01-20')),
    ).filter((f) => f.severity !== 'info');
    expect(summary(before)).toEqual([
      ['document/spoor-2-voortgang/outside-trajectory', 'error', ['period', 'from']],
    ]);
    expect(before[0]?.message.nl).toBe('De periode begint vóór de aanmelding (28 januari 2025).');
    // 1 – 30 September runs past the end on 26 September; dated 1 October (not in the register).
    expect(
      spoor2(VOORTGANG, (c) => {
        c.period = { from: '2025-09-01', to: '2025-09-30' };
        c.date = '2025-10-01';
      }),
    ).toEqual([
      ['document/spoor-2-voortgang/outside-trajectory', 'error', ['period', 'to']],
      ['document/spoor-2-voortgang/register-mismatch', 'info', ['case', 'spoor2', 'reports']],
    ]);
    // Up to 20 April in a report of 14 April.
    expect(spoor2(VOORTGANG, (c) => (c.period = { from: '2025-04-12', to: '2025-04-20' }))).toEqual(
      [['document/spoor-2-voortgang/period-after-date', 'error', ['period', 'to']]],
    );
  });

  it('refuses a trajectplan dated after the trajectory closed, and notes a date other than the plan’s', () => {
    expect(spoor2(TRAJECT, (c) => (c.date = '2025-10-01'))).toEqual([
      ['document/spoor-2-trajectplan/outside-trajectory', 'error', ['date']],
      ['document/spoor-2-trajectplan/register-mismatch', 'warning', ['date']],
    ]);
  });

  it('refuses an eindrapportage written before the trajectory closed: the trajectory and its last phase run on', () => {
    // Dated 20 September; the case closes the trajectory, and phase 3 ends, on 26 September.
    const findings = checkSpoor2Report(content(EIND, (c) => (c.date = '2025-09-20'))).filter(
      (f) => f.severity !== 'info',
    );
    expect(summary(findings)).toEqual([
      ['document/spoor-2-eindrapportage/outside-trajectory', 'error', ['date']],
      [
        'document/spoor-2-eindrapportage/phase-after-eindrapportage',
        'error',
        ['case', 'spoor2', 'phases', 3, 'end'],
      ],
    ]);
    expect(findings[1]?.message.en).toBe(
      'This phase ends on 26 September 2025, after the final report of 20 September 2025.',
    );
  });

  it('refuses an eindrapportage while a phase still runs and the trajectory has no end', () => {
    const findings = spoor2(EIND, (_c, t) => {
      t.phases[3].end = null;
      t.end = null;
      t.outcome = { kind: 'geen' };
    }).filter(([, severity]) => severity !== 'info');
    expect(findings).toEqual([
      [
        'document/spoor-2-eindrapportage/missing-case-field',
        'error',
        ['case', 'spoor2', 'outcome', 'date'],
      ],
      ['document/spoor-2-eindrapportage/missing-case-field', 'warning', ['case', 'spoor2', 'end']],
      [
        'document/spoor-2-eindrapportage/phase-after-eindrapportage',
        'error',
        ['case', 'spoor2', 'phases', 3],
      ],
    ]);
  });

  it('warns of an application in the log after the trajectory ended, which the eindrapportage leaves out', () => {
    const findings = checkSpoor2Report(
      content(EIND, (_c, t) => t.applications.push({ date: '2025-10-03', result: 'afgewezen' })),
    ).filter((f) => f.severity !== 'info');
    expect(summary(findings)).toEqual([
      [
        'document/spoor-2-eindrapportage/application-outside-mediation',
        'warning',
        ['case', 'spoor2', 'applications', 41, 'date'],
      ],
    ]);
    expect(findings[0]?.message.nl).toBe(
      'Deze sollicitatie (3 oktober 2025) ligt na het einde van het traject (26 september 2025) en telt in de eindrapportage niet mee.',
    );
  });

  it('says an application lies in no mediation period when the case records neither bemiddeling nor a plan', () => {
    const findings = checkSpoor2Report(
      content(VOORTGANG, (_c, t) => {
        t.phases = t.phases.filter((p: Json) => p.phase !== 'bemiddeling-en-sollicitatie');
        delete t.plan;
      }),
    );
    expect(findings.map((f) => f.message.en)).toContain(
      'This application (1 April 2025) lies outside any mediation period: the case records no mediation phase and no trajectory plan, so it does not count in the applications a week.',
    );
  });

  it('warns of a period without applications while mediation runs', () => {
    // 16 June: jobcoaching, no application (the nearest are on 13 and 17 June).
    expect(
      spoor2(VOORTGANG, (c) => {
        c.period = { from: '2025-06-16', to: '2025-06-16' };
        c.date = '2025-07-07';
      }),
    ).toEqual([
      ['document/spoor-2-voortgang/missing-part', 'warning', ['case', 'spoor2', 'applications']],
    ]);
  });

  it('checks a report against the register of reports', () => {
    // 15 April: no progress report recorded that day.
    expect(
      spoor2(VOORTGANG, (c) => {
        c.date = '2025-04-15';
      }),
    ).toContainEqual([
      'document/spoor-2-voortgang/register-mismatch',
      'info',
      ['case', 'spoor2', 'reports'],
    ]);
    // Number 2 on 14 April, where the register records number 1.
    const numbered = checkSpoor2Report(content(VOORTGANG, (c) => (c.number = 2))).filter((f) =>
      f.code.endsWith('/register-mismatch'),
    );
    expect(summary(numbered)).toEqual([
      ['document/spoor-2-voortgang/register-mismatch', 'warning', ['number']],
    ]);
    expect(numbered[0]?.message.nl).toBe(
      'Het dossier (spoor2.reports) noemt deze rapportage nummer 1.',
    );
  });

  it('screens the log texts a report prints for medical terms, and then prints no privacy line', () => {
    const medical = content(VOORTGANG, (_c, t) => {
      t.activities[1].result = 'Besproken hoe de burn-out het werk beperkt.';
      t.activities[20].result = 'Burn-out besproken.'; // 5 August: outside the period, not printed
    });
    expect(
      summary(
        checkDocument(medical, { asOf: '2025-10-24' }).filter((f) =>
          f.code.endsWith('/medical-term'),
        ),
      ),
    ).toEqual([
      [
        'document/spoor-2-voortgang/medical-term',
        'error',
        ['case', 'spoor2', 'activities', 1, 'result'],
      ],
    ]);
    expect(passesMedicalScreen(medical)).toBe(false);
    expect(passesMedicalScreen(content(VOORTGANG))).toBe(true);
    const goal = content(
      TRAJECT,
      (_c, t) => (t.plan.goal = 'Werk zonder diagnose-gebonden klachten'),
    );
    expect(passesMedicalScreen(goal)).toBe(false);
  });

  it('checks nothing of another kind', () => {
    expect(checkSpoor2Report(content('01-plan-van-aanpak.json'))).toEqual([]);
  });
});
