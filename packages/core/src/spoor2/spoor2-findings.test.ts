import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../calendar/day-number.js';
import type { LocalizedText } from '../types.js';
import { readSpoor2 } from './read-spoor2.js';
import { SPOOR2_FINDING_RULES, type Spoor2FindingCode } from './spoor2-finding-rules.js';
import { spoor2Findings } from './spoor2-findings.js';
import { fillSpoor2Message, type Spoor2MessageValues } from './spoor2-message.js';
import { type Spoor2View, viewSpoor2 } from './spoor2-view.js';
import { CLEAN, CLEAN_AS_OF } from './test-helpers.js';

const d = toDayNumber;
// The clean trajectory on 5 May 2025 (see test-helpers.ts): referral 3 March, intake 10 March,
// AD report 20 February, plan 7 April, mediation from 7 April with one window of 4 applications.
const BASE: Spoor2View = viewSpoor2(CLEAN, readSpoor2(CLEAN).days!, d(CLEAN_AS_OF), undefined);
const of = (code: Spoor2FindingCode, patch: Partial<Spoor2View>) =>
  spoor2Findings({ ...BASE, ...patch }).filter((f) => f.code === code);
const template = (code: Spoor2FindingCode, key: 'main' | 'late' | 'missing'): LocalizedText =>
  (SPOOR2_FINDING_RULES.find((r) => r.code === code)!.message as Record<string, LocalizedText>)[
    key
  ]!;
const message = (
  code: Spoor2FindingCode,
  key: 'main' | 'late' | 'missing',
  v: Spoor2MessageValues,
) => fillSpoor2Message(template(code, key), v);

describe('spoor2Findings', () => {
  it('finds nothing in the clean view', () => {
    expect(spoor2Findings(BASE)).toEqual([]);
  });

  it('deadline: an event later than the limit, with its period and the late text', () => {
    // Intake 20 March: 17 days after the referral of 3 March, more than 14.
    expect(of('spoor-2/intake-late', { intake: d('2025-03-20') })).toEqual([
      {
        code: 'spoor-2/intake-late',
        severity: 'warning',
        period: { start: '2025-03-03', end: '2025-03-20' },
        message: {
          nl: 'De intake was op 20 maart 2025, 17 dagen na de aanmelding op 3 maart 2025: later dan de gebruikelijke 14 dagen.',
          en: 'The intake was on 20 March 2025, 17 days after the referral on 3 March 2025: later than the usual 14 days.',
        },
        source: SPOOR2_FINDING_RULES[0].source,
      },
    ]);
    // 17 March: exactly 14 days, no finding.
    expect(of('spoor-2/intake-late', { intake: d('2025-03-17') })).toEqual([]);
  });

  it('deadline: no event yet, counted to the as-of date; nothing when the start is missing too', () => {
    // No intake: 3 March → 5 May is 63 days.
    expect(of('spoor-2/intake-late', { intake: null })).toEqual([
      expect.objectContaining({
        period: { start: '2025-03-03', end: '2025-05-05' },
        message: message('spoor-2/intake-late', 'missing', {
          start: d('2025-03-03'),
          end: d('2025-05-05'),
          days: 63,
          limit: 14,
        }),
      }),
    ]);
    // No intake, so no plan deadline runs.
    expect(of('spoor-2/plan-late', { intake: null, planDay: null, plan: null })).toEqual([]);
  });

  it('deadline: a row that waits only for its event reports its absence, never its lateness', () => {
    // Closed on 1 April, 34 days before the as-of date, without a final report.
    expect(of('spoor-2/no-eindrapportage', { closed: d('2025-04-01') })).toMatchObject([
      { period: { start: '2025-04-01', end: '2025-05-05' } },
    ]);
    // A final report 30 days after the close is no finding: it came, however late.
    expect(
      of('spoor-2/no-eindrapportage', {
        closed: d('2025-04-01'),
        firstEindReport: d('2025-05-01'),
      }),
    ).toEqual([]);
  });

  it('plan-parts: one finding per missing part, in table order, each with its path', () => {
    const findings = of('spoor-2/plan-incomplete', { plan: { date: '2025-04-07' } });
    expect(findings.map((f) => [f.severity, f.path])).toEqual([
      ['error', ['spoor2', 'plan', 'persoonsprofiel']],
      ['error', ['spoor2', 'plan', 'zoekprofiel', 'functions']],
      ['error', ['spoor2', 'plan', 'reportEveryWeeks']],
    ]);
    expect(findings[0]?.message.nl).toBe(
      'Het trajectplan van 7 april 2025 mist een persoonsprofiel.',
    );
    expect(findings[0]).not.toHaveProperty('period');
  });

  it('distinct-functions: folds case and spaces, and leaves an empty profile to plan-parts', () => {
    const plan = (functions: string[]) => ({
      plan: { ...CLEAN.plan!, zoekprofiel: { functions } },
    });
    expect(
      of('spoor-2/narrow-zoekprofiel', plan(['Receptionist', '  receptionist '])),
    ).toMatchObject([
      {
        path: ['spoor2', 'plan', 'zoekprofiel', 'functions'],
        message: message('spoor-2/narrow-zoekprofiel', 'main', {
          start: d('2025-04-07'),
          count: 1,
          limit: 2,
        }),
      },
    ]);
    expect(
      of('spoor-2/narrow-zoekprofiel', plan(['Receptionist', 'Post  kamer', 'post kamer'])),
    ).toEqual([]);
    expect(of('spoor-2/narrow-zoekprofiel', plan([' ']))).toEqual([]);
  });

  it('application-windows: one finding listing every short window', () => {
    // Windows of 28 days from 7 April holding 4, 2, 4 and 3 applications: fewer than 1 a week
    // (4 in 28 days) in the second (5 May – 1 June) and the fourth (30 June – 27 July).
    expect(of('spoor-2/few-applications', { windows: Int32Array.from([4, 2, 4, 3]) })).toEqual([
      expect.objectContaining({
        period: { start: '2025-05-05', end: '2025-07-27' },
        windows: [
          { start: '2025-05-05', end: '2025-06-01' },
          { start: '2025-06-30', end: '2025-07-27' },
        ],
        message: message('spoor-2/few-applications', 'main', {
          start: d('2025-04-07'),
          count: 2,
          total: 4,
          windowDays: 28,
          perWeek: 1,
        }),
      }),
    ]);
    expect(
      of('spoor-2/few-applications', { windows: Int32Array.from([3]), mediation: null }),
    ).toEqual([]);
  });

  it('gaps: between consecutive points, and from the last one to the as-of date while running', () => {
    // 10 March → 8 April: 29 days, more than 28; 8 April → 5 May: 27 days.
    expect(
      of('spoor-2/inactive', { entries: Int32Array.from([d('2025-03-10'), d('2025-04-08')]) }).map(
        (f) => f.period,
      ),
    ).toEqual([{ start: '2025-03-10', end: '2025-04-08' }]);
    // 1 April → 5 May: 34 days, but not once the trajectory closed.
    const trailing = { entries: Int32Array.from([d('2025-03-10'), d('2025-04-01')]) };
    expect(of('spoor-2/inactive', trailing).map((f) => f.period)).toEqual([
      { start: '2025-04-01', end: '2025-05-05' },
    ]);
    expect(of('spoor-2/inactive', { ...trailing, closed: d('2025-04-20') })).toEqual([]);
  });

  it('gaps: counts reporting intervals in weeks', () => {
    // Plan 7 April → 5 May: 28 days, more than 3 weeks (21 days) but not 6.
    const options = { ...BASE.options, reportEveryWeeks: 3 };
    expect(of('spoor-2/report-gap', { options })).toMatchObject([
      {
        period: { start: '2025-04-07', end: '2025-05-05' },
        message: message('spoor-2/report-gap', 'main', {
          start: d('2025-04-07'),
          end: d('2025-05-05'),
          days: 28,
          limit: 3,
        }),
      },
    ]);
    expect(of('spoor-2/report-gap', { reportingPoints: [] })).toEqual([]);
  });

  it('precedes: a plan without an arbeidsdeskundig report dated on or before it', () => {
    expect(of('spoor-2/no-ad-report', { adReport: null })).toMatchObject([
      { severity: 'info', path: ['spoor2', 'adReport'] },
    ]);
    expect(of('spoor-2/no-ad-report', { adReport: d('2025-04-08') })).toHaveLength(1);
    expect(of('spoor-2/no-ad-report', { adReport: d('2025-04-07') })).toEqual([]);
    expect(of('spoor-2/no-ad-report', { adReport: null, planDay: null })).toEqual([]);
  });

  it('lists the findings in table order', () => {
    const codes = spoor2Findings({
      ...BASE,
      adReport: null,
      intake: null,
      windows: Int32Array.from([1]),
      plan: {
        date: '2025-04-07',
        persoonsprofiel: true,
        reportEveryWeeks: 6,
        zoekprofiel: { functions: ['A'] },
      },
    }).map((f) => f.code);
    expect(codes).toEqual([
      'spoor-2/intake-late',
      'spoor-2/narrow-zoekprofiel',
      'spoor-2/few-applications',
      'spoor-2/no-ad-report',
    ]);
  });
});
