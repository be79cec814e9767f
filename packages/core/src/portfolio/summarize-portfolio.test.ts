import { describe, expect, it } from 'vitest';
import { computeTimeline } from '../timeline/compute-timeline.js';
import type { MilestoneStatus } from '../types.js';
import { GROUP_VALUE_MISSING, GROUP_VALUE_SCREENED } from './case-groups.js';
import { emptySlice } from './portfolio-slice.js';
import { summarizePortfolio } from './summarize-portfolio.js';
import { HAND_MADE, HAND_MADE_AS_OF } from './test-helpers.js';

const options = { asOf: HAND_MADE_AS_OF, groupBy: ['afdeling'] };
const summary = summarizePortfolio(HAND_MADE, options);

type Statuses = Record<string, Partial<Record<MilestoneStatus, number>>>;
const LATER = ['wia-informatiebrief', 'actueel-oordeel', 'eindevaluatie', 'wia-aanvraag'];
const all = (status: MilestoneStatus, ids: string[]): Statuses =>
  Object.fromEntries(ids.map((id) => [id, { [status]: 1 }]));

/** The statuses of each case by rule, as listed in test-helpers.ts. */
const BY_CASE: Record<string, Statuses> = {
  'PF-1': {
    'ziekmelding-bedrijfsarts': { done: 1 },
    probleemanalyse: { done: 1 },
    'plan-van-aanpak': { 'done-late': 1 },
    evaluatie: { 'due-soon': 1, upcoming: 14 },
    ...all('upcoming', [
      'ziekmelding-uwv',
      'eerstejaarsevaluatie',
      'start-spoor-2',
      'vervroegde-iva-aanvraag',
      ...LATER,
      'einde-wachttijd',
    ]),
  },
  'PF-2': {
    ...all('not-reached', [
      'probleemanalyse',
      'plan-van-aanpak',
      'evaluatie',
      'ziekmelding-uwv',
      'eerstejaarsevaluatie',
      'start-spoor-2',
      'vervroegde-iva-aanvraag',
      ...LATER,
      'einde-wachttijd',
    ]),
    'ziekmelding-bedrijfsarts': { 'done-late': 1 },
  },
  'PF-3': {
    'ziekmelding-bedrijfsarts': { done: 1 },
    probleemanalyse: { 'late-with-motivation': 1 },
    'plan-van-aanpak': { done: 1 },
    evaluatie: { done: 1, 'done-late': 1, overdue: 6, 'due-soon': 1, upcoming: 6 },
    'ziekmelding-uwv': { done: 1 },
    eerstejaarsevaluatie: { done: 1 },
    'start-spoor-2': { done: 1 },
    ...all('upcoming', ['vervroegde-iva-aanvraag', ...LATER, 'einde-wachttijd']),
  },
  'PF-4': {
    ...all('overdue', [
      'ziekmelding-bedrijfsarts',
      'probleemanalyse',
      'plan-van-aanpak',
      'ziekmelding-uwv',
      'eerstejaarsevaluatie',
      'actueel-oordeel',
      'eindevaluatie',
      'wia-aanvraag',
    ]),
    evaluatie: { overdue: 16 },
    'start-spoor-2': { 'not-applicable': 1 },
    ...all('passed', ['vervroegde-iva-aanvraag', 'wia-informatiebrief', 'einde-wachttijd']),
  },
  'PF-5': {
    ...all('done', [
      'ziekmelding-bedrijfsarts',
      'probleemanalyse',
      'plan-van-aanpak',
      'ziekmelding-uwv',
    ]),
    evaluatie: { overdue: 14 },
    ...all('overdue', ['eerstejaarsevaluatie', 'actueel-oordeel', 'eindevaluatie', 'wia-aanvraag']),
    'start-spoor-2': { 'done-late': 1 },
    ...all('passed', ['vervroegde-iva-aanvraag', 'wia-informatiebrief']),
    'einde-wachttijd': { 'not-reached': 1 },
  },
  'PF-6': {
    ...all('done', ['ziekmelding-bedrijfsarts', 'probleemanalyse', 'plan-van-aanpak']),
    evaluatie: { overdue: 10, upcoming: 6 },
    ...all('overdue', ['ziekmelding-uwv', 'eerstejaarsevaluatie', 'start-spoor-2']),
    'vervroegde-iva-aanvraag': { passed: 1 },
    ...all('upcoming', [...LATER, 'einde-wachttijd']),
  },
  'PF-7': {
    'ziekmelding-bedrijfsarts': { overdue: 1 },
    probleemanalyse: { done: 1 },
    'plan-van-aanpak': { done: 1 },
    evaluatie: { done: 1, overdue: 6, upcoming: 9 },
    'ziekmelding-uwv': { 'late-with-motivation': 1 },
    eerstejaarsevaluatie: { overdue: 1 },
    'start-spoor-2': { done: 1 },
    ...all('upcoming', ['vervroegde-iva-aanvraag', ...LATER, 'einde-wachttijd']),
  },
};

/** The hand-made total: only the cells that are not 0. */
function expectedTotal() {
  const t = emptySlice();
  t.cases = 7;
  // PF-1 jaar-1; PF-3, PF-6, PF-7 jaar-2; PF-4 na-wachttijd; PF-2, PF-5 hersteld.
  t.phases = { 'jaar-1': 1, 'jaar-2': 3, 'na-wachttijd': 1, hersteld: 2 };
  t.spoor1 = { actief: 5, afgerond: 2 };
  // gestart PF-3, PF-5, PF-7; niet-nodig PF-4; niet-van-toepassing PF-2; vereist PF-1, PF-6.
  t.spoor2Status = { gestart: 3, 'niet-nodig': 1, 'niet-van-toepassing': 1, vereist: 2 };
  t.skipGrounds['geen-benutbare-mogelijkheden'] = 1;
  const s = t.statuses;
  // ziekmelding-bedrijfsarts: done PF-1, 3, 5, 6; done-late PF-2; overdue PF-4, 7.
  Object.assign(s['ziekmelding-bedrijfsarts'], { done: 4, 'done-late': 1, overdue: 2 });
  // probleemanalyse: done PF-1, 5, 6, 7; motivated PF-3; overdue PF-4; not reached PF-2.
  Object.assign(s.probleemanalyse, {
    done: 4,
    'late-with-motivation': 1,
    overdue: 1,
    'not-reached': 1,
  });
  // plan-van-aanpak: done PF-3, 5, 6, 7; late PF-1; overdue PF-4; not reached PF-2.
  Object.assign(s['plan-van-aanpak'], { done: 4, 'done-late': 1, overdue: 1, 'not-reached': 1 });
  // evaluatie: done PF-3 (1), PF-7 (1); late PF-3 (1); overdue 6 + 16 + 14 + 10 + 6 = 52;
  // due soon PF-1, PF-3; upcoming 14 + 6 + 6 + 9 = 35; not reached PF-2.
  Object.assign(s.evaluatie, {
    done: 2,
    'done-late': 1,
    overdue: 52,
    'due-soon': 2,
    upcoming: 35,
    'not-reached': 1,
  });
  // ziekmelding-uwv: done PF-3, 5; motivated PF-7; overdue PF-4, 6; upcoming PF-1; PF-2.
  Object.assign(s['ziekmelding-uwv'], {
    done: 2,
    'late-with-motivation': 1,
    overdue: 2,
    upcoming: 1,
    'not-reached': 1,
  });
  // eerstejaarsevaluatie: done PF-3; overdue PF-4, 5, 6, 7; upcoming PF-1; PF-2.
  Object.assign(s.eerstejaarsevaluatie, { done: 1, overdue: 4, upcoming: 1, 'not-reached': 1 });
  // start-spoor-2: done PF-3, 7; late PF-5; overdue PF-6; upcoming PF-1; PF-2; skip PF-4.
  Object.assign(s['start-spoor-2'], {
    done: 2,
    'done-late': 1,
    overdue: 1,
    upcoming: 1,
    'not-reached': 1,
    'not-applicable': 1,
  });
  // vervroegde-iva-aanvraag: upcoming PF-1, 3, 7; passed PF-4, 5, 6; PF-2.
  Object.assign(s['vervroegde-iva-aanvraag'], { upcoming: 3, passed: 3, 'not-reached': 1 });
  // wia-informatiebrief: upcoming PF-1, 3, 6, 7; passed PF-4, 5; PF-2.
  Object.assign(s['wia-informatiebrief'], { upcoming: 4, passed: 2, 'not-reached': 1 });
  // actueel-oordeel, eindevaluatie, wia-aanvraag: upcoming PF-1, 3, 6, 7; overdue PF-4, 5; PF-2.
  for (const id of ['actueel-oordeel', 'eindevaluatie', 'wia-aanvraag'] as const)
    Object.assign(s[id], { upcoming: 4, overdue: 2, 'not-reached': 1 });
  // einde-wachttijd: upcoming PF-1, 3, 6, 7; passed PF-4; not reached PF-2, PF-5.
  Object.assign(s['einde-wachttijd'], { upcoming: 4, passed: 1, 'not-reached': 2 });

  // Timeliness: done → on-time, late-with-motivation, done-late → late, overdue → missing,
  // due-soon and upcoming → pending.
  t.timeliness.probleemanalyse = {
    'on-time': 4,
    'late-with-motivation': 1,
    late: 0,
    missing: 1,
    pending: 0,
  };
  t.timeliness['plan-van-aanpak'] = {
    'on-time': 4,
    'late-with-motivation': 0,
    late: 1,
    missing: 1,
    pending: 0,
  };
  t.timeliness.evaluatie = {
    'on-time': 2,
    'late-with-motivation': 0,
    late: 1,
    missing: 52,
    pending: 37,
  };
  t.timeliness['ziekmelding-uwv'] = {
    'on-time': 2,
    'late-with-motivation': 1,
    late: 0,
    missing: 2,
    pending: 1,
  };
  t.timeliness.eerstejaarsevaluatie = {
    'on-time': 1,
    'late-with-motivation': 0,
    late: 0,
    missing: 4,
    pending: 1,
  };

  // Findings. Evaluations overdue: PF-3 nos. 3–8, PF-4 nos. 1–16, PF-5 nos. 1–14, PF-6 nos.
  // 1–10, PF-7 nos. 2–7.
  const evaluations: Record<string, number> = {};
  const overdue: Record<string, [number, number]> = {
    'PF-3': [3, 8],
    'PF-4': [1, 16],
    'PF-5': [1, 14],
    'PF-6': [1, 10],
    'PF-7': [2, 7],
  };
  for (const [from, to] of Object.values(overdue))
    for (let n = from; n <= to; n++)
      evaluations[`evaluatie-${n}/overdue`] = (evaluations[`evaluatie-${n}/overdue`] ?? 0) + 1;
  // So nos. 1: 3 cases; 2: 4; 3–7: 5; 8: 4; 9–10: 3; 11–14: 2; 15–16: 1.
  expect(evaluations).toMatchObject({
    'evaluatie-1/overdue': 3,
    'evaluatie-2/overdue': 4,
    'evaluatie-7/overdue': 5,
    'evaluatie-8/overdue': 4,
    'evaluatie-10/overdue': 3,
    'evaluatie-14/overdue': 2,
    'evaluatie-16/overdue': 1,
  });
  const byCode: Record<string, number> = {
    ...evaluations,
    'ziekmelding-bedrijfsarts/done-late': 1, // PF-2
    'ziekmelding-bedrijfsarts/overdue': 2, // PF-4, PF-7
    'probleemanalyse/late-with-motivation': 1, // PF-3
    'probleemanalyse/overdue': 1, // PF-4
    'plan-van-aanpak/done-late': 1, // PF-1
    'plan-van-aanpak/overdue': 1, // PF-4
    'evaluatie-1/due-soon': 1, // PF-1
    'evaluatie-2/done-late': 1, // PF-3
    'evaluatie-9/due-soon': 1, // PF-3
    'evaluatie/gap': 1, // PF-3: 10 Sep → 15 Nov 2024 is 66 sick days
    'ziekmelding-uwv/overdue': 2, // PF-4, PF-6
    'ziekmelding-uwv/late-with-motivation': 1, // PF-7
    'eerstejaarsevaluatie/overdue': 4, // PF-4, 5, 6, 7
    'start-spoor-2/done-late': 1, // PF-5
    'start-spoor-2/no-decision': 1, // PF-6
    'actueel-oordeel/overdue': 2, // PF-4, PF-5
    'eindevaluatie/overdue': 2,
    'wia-aanvraag/overdue': 2,
    'spoor-2/few-applications': 1, // PF-5
    'spoor-2/plan-late': 1, // PF-7
    'spoor-2/no-eindrapportage': 1, // PF-7
  };
  t.findings.byCode = byCode;
  t.findings.casesByCode = byCode; // no code is raised twice in one case here
  // Errors: PA 1 + PvA 1 + evaluations 52 + UWV 2 + EJE 4 + no-decision 1 + eindevaluatie 2 +
  // WIA 2 = 65. Warnings: ziekmelding-bedrijfsarts 1 + 2, PvA late 1, evaluatie-2 late 1, gap 1,
  // start-spoor-2 late 1, actueel-oordeel 2 (guidance), spoor-2 3 = 12. Info: 2 motivated + 2
  // evaluations due soon (kind uwv, not legal) = 4.
  t.findings.bySeverity = { error: 65, warning: 12, info: 4 };

  const s2 = t.spoor2;
  s2.startWeek = { '20': 1, '53': 1, '62': 1 }; // PF-7, PF-3, PF-5
  s2.weeksFromLatestStart = { '-38': 1, '-4': 1, '4': 1 };
  s2.startTiming = { early: 1, 'at-deadline': 1, late: 1 };
  s2.trajectories = 3;
  s2.phase['bemiddeling-en-sollicitatie'] = 1; // PF-3
  s2.phase.afgerond = 2; // PF-5, PF-7
  s2.furthestPhase['bemiddeling-en-sollicitatie'] = 1; // PF-3
  s2.furthestPhase.plaatsing = 1; // PF-5
  s2.furthestPhase.intake = 1; // PF-7: none recorded, intake on record
  s2.durationWeeks = { '28': 1, '29': 1 }; // PF-7 199 days, PF-5 208 days
  // PF-3 1.00 a week (100 hundredths), PF-5 5 × 7 ÷ 150 = 0.23.
  s2.applicationsPerWeek = {
    trajectories: 2,
    sumHundredths: 123,
    bins: { ...s2.applicationsPerWeek.bins, 'under-1': 1, '1-to-2': 1 },
  };
  // PF-3: 1.5 on location + 5.5 online; PF-5: 1 on location + 2 at home; PF-7: none.
  s2.hours = {
    totalHundredths: 1000,
    byModeHundredths: { 'op-locatie': 250, thuis: 200, online: 550 },
    trajectoriesWithHours: 2,
    trajectoriesWithOnline: 1,
  };
  s2.outcomes = { plaatsing: 1, detachering: 0, proefplaatsing: 0, geen: 1, lopend: 1 };
  s2.weeksToOutcome.plaatsing = { '25': 1 }; // 178 days
  s2.weeksToOutcome.geen = { '28': 1 }; // 199 days
  s2.outcomeByStartTiming.early.geen = 1; // PF-7
  s2.outcomeByStartTiming['at-deadline'].lopend = 1; // PF-3
  s2.outcomeByStartTiming.late.plaatsing = 1; // PF-5
  return t;
}

describe('summarizePortfolio on a hand-made portfolio (test-helpers.ts)', () => {
  it('starts from the statuses computeTimeline gives each case, as listed by hand', () => {
    for (const c of HAND_MADE.slice(0, 7)) {
      const counted: Statuses = {};
      for (const m of computeTimeline(c, { asOf: HAND_MADE_AS_OF }).milestones) {
        counted[m.ruleId] ??= {};
        const row = counted[m.ruleId]!;
        row[m.status] = (row[m.status] ?? 0) + 1;
      }
      expect(counted, c.externalRef ?? '').toEqual(BY_CASE[c.externalRef!]);
    }
  });

  it('counts every cell of the whole as worked out by hand', () => {
    expect(summary.invalid).toBe(1); // PF-8: 30 February
    expect(summary.total).toEqual(expectedTotal());
  });

  it('keeps the settings it depends on', () => {
    expect(summary.settings).toEqual({
      asOf: '2025-09-01',
      window: 14,
      groupBy: ['afdeling'],
      rules: {},
    });
  });

  it('splits the cases by month of the first sick day, one case a month here', () => {
    expect(Object.keys(summary.byMonth)).toEqual([
      '2023-03',
      '2023-09',
      '2024-05',
      '2024-06',
      '2024-09',
      '2025-03',
      '2025-06',
    ]);
    expect(Object.values(summary.byMonth).map((s) => s.cases)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(summary.byMonth['2023-03']!.phases['na-wachttijd']).toBe(1); // PF-4
    expect(summary.byMonth['2024-09']!.spoor2.startTiming.early).toBe(1); // PF-7
    expect(summary.byMonth['2025-06']!.statuses.evaluatie.upcoming).toBe(14); // PF-1
  });

  it('splits the cases by department: a missing one and a medical-looking one are never shown', () => {
    const afdeling = summary.byGroup.afdeling!;
    expect(Object.keys(summary.byGroup)).toEqual(['afdeling']);
    expect(Object.keys(afdeling)).toEqual([
      GROUP_VALUE_SCREENED,
      GROUP_VALUE_MISSING,
      'Magazijn',
      'Zorg',
    ]);
    expect(afdeling[GROUP_VALUE_MISSING]!.cases).toBe(1); // PF-4 has no groups
    expect(afdeling[GROUP_VALUE_SCREENED]!.findings.byCode['start-spoor-2/no-decision']).toBe(1);
    // Magazijn: PF-1 (jaar-1) and PF-2 (hersteld); Zorg: PF-3, PF-5, PF-7 (every trajectory).
    expect(afdeling.Magazijn!.phases).toEqual({
      'jaar-1': 1,
      'jaar-2': 0,
      'na-wachttijd': 0,
      hersteld: 1,
    });
    expect(afdeling.Zorg!.spoor2).toEqual(expectedTotal().spoor2);
    expect(JSON.stringify(summary)).not.toContain('Burn-out');
  });

  it('groups by every key the cases have when groupBy is not given', () => {
    const s = summarizePortfolio(HAND_MADE, { asOf: HAND_MADE_AS_OF });
    expect(s.settings.groupBy).toBeNull();
    expect(Object.keys(s.byGroup)).toEqual(['afdeling', 'locatie']);
    // Utrecht: PF-1, PF-3, PF-6; Arnhem: PF-2, PF-7; Zwolle: PF-5. PF-4 has no groups at all.
    expect(
      Object.fromEntries(Object.entries(s.byGroup.locatie!).map(([k, v]) => [k, v.cases])),
    ).toEqual({
      Arnhem: 2,
      Utrecht: 3,
      Zwolle: 1,
    });
    expect(s.total).toEqual(summary.total);
  });

  it('is plain data: JSON gives it back unchanged', () => {
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  it('passes the rule options to every case and keeps them in the settings', () => {
    // With startSpoor2 'one-year' the latest start is sd(364) (the variant replaces the anchor):
    // PF-3 starts on 2 June 2025, the day after sd(364) = 1 June 2025: late; PF-5 stays late and
    // PF-7 early.
    const s = summarizePortfolio(HAND_MADE, { ...options, startSpoor2: 'one-year' });
    expect(s.settings.rules).toEqual({ startSpoor2: 'one-year' });
    expect(s.total.spoor2.startTiming).toEqual({ early: 1, 'at-deadline': 0, late: 2 });
  });

  it('rejects options it cannot use, with their paths', () => {
    expect(() => summarizePortfolio([], { asOf: '2025-02-30' })).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'date/invalid', path: ['asOf'] })],
      }),
    );
    expect(() => summarizePortfolio([], { window: -1 })).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'option/invalid', path: ['window'] })],
      }),
    );
    expect(() =>
      summarizePortfolio([], { dueSoonDays: 7 } as unknown as Parameters<
        typeof summarizePortfolio
      >[1]),
    ).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['dueSoonDays'] })] }),
    );
    expect(() =>
      summarizePortfolio([], { startSpoor2: 'soon' } as unknown as Parameters<
        typeof summarizePortfolio
      >[1]),
    ).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['startSpoor2'] })] }),
    );
  });
});
