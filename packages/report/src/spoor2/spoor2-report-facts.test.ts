import type { Case } from '@poortwachter/schema';
import { describe, expect, it } from 'vitest';
import { readDossierJson } from '../test-support/fixture-dossier.js';
import { spoor2ReportFacts, voortgangNumber } from './spoor2-report-facts.js';

/**
 * The example dossier's trajectory: referral 28 January 2025, intake 17 February, trajectplan
 * 3 March (2 applications a week, a report every 6 weeks, planned end 31 December), bemiddeling
 * from 1 May, progress reports 1–4 on 14 April, 26 May, 7 July and 18 August, end and outcome
 * (`geen`) on 26 September.
 */
const dossier = readDossierJson('case.json') as Case;
const withSpoor2 = (patch: Partial<NonNullable<Case['spoor2']>>): Case => ({
  ...dossier,
  spoor2: { ...dossier.spoor2!, ...patch },
});

describe('spoor2ReportFacts', () => {
  it('gives the first progress report its period, number, next date and totals', () => {
    const f = spoor2ReportFacts(dossier, {
      kind: 'spoor-2-voortgang',
      date: '2025-04-14',
      period: { from: '2025-02-17', to: '2025-04-11' },
    });
    // The register records progress report 1 on 14 April; 14 April + 6 × 7 days = 26 May.
    expect([f.number, f.nextReportDate, f.period]).toEqual([
      1,
      '2025-05-26',
      { start: '2025-02-17', end: '2025-04-11' },
    ]);
    // 8 activities and 3 applications (see sliceSpoor2's test); nothing before 17 February, so
    // the totals since the referral are the same.
    expect([f.slice?.activities.length, f.slice?.applications.length]).toEqual([8, 3]);
    expect(f.sinceStart).toEqual(f.slice?.totals);
    // Bemiddeling begins on 1 May, after the period: no applications a week to show.
    expect(f.applicationsPerWeek).toBeNull();
    expect([f.agreedApplicationsPerWeek, f.reportEveryWeeks]).toEqual([2, 6]);
  });

  it('takes the period of the second report from the day after the first up to its date', () => {
    const f = spoor2ReportFacts(dossier, { kind: 'spoor-2-voortgang', date: '2025-05-26' });
    // Previous progress report 14 April: the period is 15 April – 26 May; number 2 from the
    // register; next 26 May + 42 days = 7 July.
    expect([f.period, f.number, f.nextReportDate]).toEqual([
      { start: '2025-04-15', end: '2025-05-26' },
      2,
      '2025-07-07',
    ]);
    // Activities 22 Apr (8 h on location), 28 Apr (3 h online), 6 May (1 h online), 13 May (2 h
    // on location), 20 May (3 h online): 5, 17 hours, 2 e-learnings. Applications 2, 6, 9, 13,
    // 16, 20 and 23 May: 7, one interview (13 May).
    expect(f.slice?.totals).toEqual({
      applications: 7,
      interviews: 1,
      byResult: { 'geen-reactie': 2, afgewezen: 4, uitgenodigd: 1 },
      activities: 5,
      trainings: 2,
      hours: 17,
      hoursByMode: { 'op-locatie': 10, thuis: 0, online: 7 },
    });
    // Since the referral: 8 + 1 (14 April, 3 h online) + 5 activities, 3 + 7 applications, 1 + 1
    // interviews, 14.5 + 3 + 17 hours.
    expect(f.sinceStart).toMatchObject({
      activities: 14,
      applications: 10,
      interviews: 2,
      hours: 34.5,
    });
    // Mediation part of the period: 1 – 26 May, 25 days, 7 applications: 7 × 7 ÷ 25 = 1.96.
    expect(f.applicationsPerWeek).toBe(1.96);
    expect(f.slice?.phases.map((p) => p.phase)).toEqual([
      'activering-en-scholing',
      'bemiddeling-en-sollicitatie',
    ]);
  });

  it('numbers a report the register does not hold after the ones before it, unless asked', () => {
    const t = dossier.spoor2;
    // Before 1 June the register holds progress reports on 14 April and 26 May.
    expect(voortgangNumber(t, { date: '2025-06-01' })).toBe(3);
    expect(voortgangNumber(t, { date: '2025-06-01', number: 7 })).toBe(7);
    expect(voortgangNumber(t, { date: '2025-03-01' })).toBe(1);
    expect(voortgangNumber(undefined, { date: '2025-06-01' })).toBeNull();
    const unnumbered = {
      referral: '2025-01-01',
      reports: [{ kind: 'voortgang' as const, date: '2025-02-01' }],
    };
    expect(voortgangNumber(unnumbered, { date: '2025-02-01' })).toBe(1);
  });

  it('names no next report once the trajectory has closed', () => {
    // End and outcome on 26 September: a report of that day has no next one.
    const f = spoor2ReportFacts(dossier, {
      kind: 'spoor-2-voortgang',
      date: '2025-09-26',
      period: { from: '2025-08-19', to: '2025-09-26' },
    });
    expect([f.closed, f.nextReportDate]).toEqual(['2025-09-26', null]);
  });

  it('covers the whole trajectory in the eindrapportage: every entry, the totals, no placement', () => {
    const f = spoor2ReportFacts(dossier, { kind: 'spoor-2-eindrapportage', date: '2025-09-26' });
    expect(f.period).toEqual({ start: '2025-01-28', end: '2025-09-26' });
    // Trainings: sollicitatietraining on 31 March and 26 June, e-learning on 10 March, 14 and 28
    // April and 20 May: 6. Applications a week: 38 of the 41 from 1 May to 26 September, 148
    // days: 38 × 7 ÷ 148 = 1.797 → 1.8 (as assessSpoor2 gives it).
    expect(f.slice?.totals).toMatchObject({
      applications: 41,
      interviews: 6,
      activities: 25,
      trainings: 6,
      hours: 50,
    });
    expect(f.applicationsPerWeek).toBe(1.8);
    expect([f.placement, f.number, f.nextReportDate, f.sinceStart]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('gives the placement of a trajectory that ended in one', () => {
    const outcome = {
      kind: 'detachering' as const,
      date: '2025-09-15',
      employer: 'Zorggroep Voorbeeld',
      function: 'Medewerker zorgadministratie',
      hoursPerWeek: 24,
    };
    const f = spoor2ReportFacts(withSpoor2({ outcome }), {
      kind: 'spoor-2-eindrapportage',
      date: '2025-09-26',
    });
    // The outcome's date (15 September) is before the end (26 September): the trajectory closed then.
    expect([f.placement, f.closed, f.period.end]).toEqual([outcome, '2025-09-15', '2025-09-15']);
  });

  it('plans the reporting moments of a trajectplan up to its planned end', () => {
    const f = spoor2ReportFacts(dossier, { kind: 'spoor-2-trajectplan', date: '2025-03-03' });
    // 3 March + 42, 84, … days, while before 31 December; then the final report on 31 December.
    expect(f.reportingMoments).toEqual([
      { date: '2025-04-14', kind: 'voortgang', number: 1 },
      { date: '2025-05-26', kind: 'voortgang', number: 2 },
      { date: '2025-07-07', kind: 'voortgang', number: 3 },
      { date: '2025-08-18', kind: 'voortgang', number: 4 },
      { date: '2025-09-29', kind: 'voortgang', number: 5 },
      { date: '2025-11-10', kind: 'voortgang', number: 6 },
      { date: '2025-12-22', kind: 'voortgang', number: 7 },
      { date: '2025-12-31', kind: 'eind', number: null },
    ]);
    const noEnd = withSpoor2({ plan: { ...dossier.spoor2!.plan!, plannedEnd: null } });
    expect(
      spoor2ReportFacts(noEnd, { kind: 'spoor-2-trajectplan', date: '2025-03-03' })
        .reportingMoments,
    ).toEqual([]);
  });

  it("takes the interval from the case's options when the trajectplan agrees none", () => {
    const { reportEveryWeeks: _r, ...plan } = dossier.spoor2!.plan!;
    const f = spoor2ReportFacts(
      { ...withSpoor2({ plan }), options: { spoor2: { reportEveryWeeks: 4 } } },
      { kind: 'spoor-2-voortgang', date: '2025-04-14' },
    );
    // 14 April + 4 × 7 = 12 May.
    expect([f.reportEveryWeeks, f.nextReportDate]).toEqual([4, '2025-05-12']);
  });

  it('has nothing but defaults without a trajectory', () => {
    const { spoor2: _s, ...bare } = dossier;
    const f = spoor2ReportFacts(bare, {
      kind: 'spoor-2-voortgang',
      date: '2025-04-14',
      period: { from: '2025-02-17', to: '2025-04-11' },
      number: 3,
    });
    expect(f).toMatchObject({
      trajectory: null,
      slice: null,
      number: 3,
      period: { start: '2025-02-17', end: '2025-04-11' },
      agreedApplicationsPerWeek: 1,
      reportEveryWeeks: 6,
    });
  });
});
