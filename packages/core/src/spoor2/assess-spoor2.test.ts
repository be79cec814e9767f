import { describe, expect, it } from 'vitest';
import { PoortwachterInputError } from '../input/poortwachter-input-error.js';
import { assessSpoor2 } from './assess-spoor2.js';
import { CLEAN, CLEAN_AS_OF, findingsOf, periodsOf, trajectory as t } from './test-helpers.js';

const plan = CLEAN.plan!;
const apps = CLEAN.applications!;

describe('assessSpoor2', () => {
  it('returns null for a case without a trajectory', () => {
    expect(assessSpoor2({})).toBeNull();
    expect(assessSpoor2({ spoor2: null })).toBeNull();
  });

  it('finds nothing in the clean trajectory (see test-helpers.ts for the arithmetic)', () => {
    expect(assessSpoor2({ spoor2: CLEAN }, { asOf: CLEAN_AS_OF })!.findings).toEqual([]);
  });

  it('throws a PoortwachterInputError with spoor2, options and asOf paths', () => {
    const run = () =>
      assessSpoor2(
        { spoor2: t({ intake: '2025-02-30' }) },
        { asOf: '2025-13-01', spoor2: { intakeWithinDays: -1, intakeWithin: 3 } as never },
      );
    expect(run).toThrow(PoortwachterInputError);
    try {
      run();
    } catch (e) {
      expect((e as PoortwachterInputError).issues.map((i) => [i.code, i.path])).toEqual([
        ['date/invalid', ['spoor2', 'intake']],
        ['option/invalid', ['spoor2', 'intakeWithinDays']],
        ['option/unknown', ['spoor2', 'intakeWithin']],
        ['date/invalid', ['asOf']],
      ]);
    }
  });
});

describe('spoor-2/intake-late (more than 14 days from referral to intake)', () => {
  it('is silent at 14 days and speaks at 15', () => {
    // Referral 3 March; 3 March + 14 = 17 March, + 15 = 18 March.
    expect(findingsOf('spoor-2/intake-late', t({ intake: '2025-03-17' }))).toEqual([]);
    const [f] = findingsOf('spoor-2/intake-late', t({ intake: '2025-03-18' }));
    expect(f).toEqual({
      code: 'spoor-2/intake-late',
      severity: 'warning',
      period: { start: '2025-03-03', end: '2025-03-18' },
      message: {
        nl: 'De intake was op 18 maart 2025, 15 dagen na de aanmelding op 3 maart 2025: later dan de gebruikelijke 14 dagen.',
        en: 'The intake was on 18 March 2025, 15 days after the referral on 3 March 2025: later than the usual 14 days.',
      },
      source: expect.stringContaining('richtlijn'),
    });
  });

  it('without an intake, speaks once the as-of date is more than 14 days after the referral', () => {
    const none = t({ intake: null });
    expect(periodsOf('spoor-2/intake-late', none, { asOf: '2025-03-17' })).toEqual([]);
    const [f] = findingsOf('spoor-2/intake-late', none, { asOf: '2025-03-18' });
    expect(f?.period).toEqual({ start: '2025-03-03', end: '2025-03-18' });
    expect(f?.message.en).toBe(
      'On 18 March 2025 there is no intake yet, 15 days after the referral on 3 March 2025; the usual term is 14 days.',
    );
    // An intake dated after the as-of date is not known yet on it.
    expect(
      periodsOf('spoor-2/intake-late', t({ intake: '2025-03-20' }), { asOf: '2025-03-18' }),
    ).toEqual([['2025-03-03', '2025-03-18']]);
  });

  it('takes its limit from options.spoor2.intakeWithinDays', () => {
    // 15 days ≤ 21.
    expect(
      periodsOf('spoor-2/intake-late', t({ intake: '2025-03-18' }), {
        spoor2: { intakeWithinDays: 21 },
      }),
    ).toEqual([]);
    // 7 days > 6.
    expect(periodsOf('spoor-2/intake-late', CLEAN, { spoor2: { intakeWithinDays: 6 } })).toEqual([
      ['2025-03-03', '2025-03-10'],
    ]);
  });
});

describe('spoor-2/plan-late (more than 42 days from intake to trajectplan)', () => {
  it('is silent at 42 days and speaks at 43', () => {
    // Intake 10 March; + 42 = 21 April, + 43 = 22 April.
    expect(periodsOf('spoor-2/plan-late', t({ plan: { ...plan, date: '2025-04-21' } }))).toEqual(
      [],
    );
    const [f] = findingsOf('spoor-2/plan-late', t({ plan: { ...plan, date: '2025-04-22' } }));
    expect(f?.period).toEqual({ start: '2025-03-10', end: '2025-04-22' });
    expect(f?.message.nl).toBe(
      'Het trajectplan is van 22 april 2025, 43 dagen na de intake op 10 maart 2025: later dan 42 dagen.',
    );
  });

  it('without a plan, speaks once the as-of date is past the limit; without an intake, not at all', () => {
    expect(periodsOf('spoor-2/plan-late', t({ plan: null }), { asOf: '2025-04-21' })).toEqual([]);
    expect(periodsOf('spoor-2/plan-late', t({ plan: null }), { asOf: '2025-04-22' })).toEqual([
      ['2025-03-10', '2025-04-22'],
    ]);
    expect(
      periodsOf('spoor-2/plan-late', t({ plan: null, intake: null }), { asOf: '2025-06-01' }),
    ).toEqual([]);
  });

  it('takes its limit from options.spoor2.planWithinDays', () => {
    // Plan 28 days after the intake: 28 > 27.
    expect(periodsOf('spoor-2/plan-late', CLEAN, { spoor2: { planWithinDays: 27 } })).toEqual([
      ['2025-03-10', '2025-04-07'],
    ]);
  });
});

describe('spoor-2/plan-incomplete', () => {
  it('gives one error per missing part, with its path', () => {
    const bare = t({ plan: { date: '2025-04-07' } });
    const found = findingsOf('spoor-2/plan-incomplete', bare);
    expect(found.map((f) => [f.severity, f.path])).toEqual([
      ['error', ['spoor2', 'plan', 'persoonsprofiel']],
      ['error', ['spoor2', 'plan', 'zoekprofiel', 'functions']],
      ['error', ['spoor2', 'plan', 'reportEveryWeeks']],
    ]);
    expect(found[0]?.message.nl).toBe('Het trajectplan van 7 april 2025 mist een persoonsprofiel.');
  });

  it('counts a zoekprofiel of blank functions as none, and a false persoonsprofiel as missing', () => {
    const found = findingsOf(
      'spoor-2/plan-incomplete',
      t({ plan: { ...plan, persoonsprofiel: false, zoekprofiel: { functions: ['  '] } } }),
    );
    expect(found.map((f) => f.path?.at(-1))).toEqual(['persoonsprofiel', 'functions']);
    expect(findingsOf('spoor-2/plan-incomplete', CLEAN)).toEqual([]);
  });

  it('needs a plan on or before the as-of date', () => {
    expect(
      findingsOf('spoor-2/plan-incomplete', t({ plan: { date: '2025-04-07' } }), {
        asOf: '2025-04-06',
      }),
    ).toEqual([]);
  });
});

describe('spoor-2/narrow-zoekprofiel (fewer than 2 distinct functions)', () => {
  const withFunctions = (functions: string[]) =>
    t({ plan: { ...plan, zoekprofiel: { functions } } });

  it('speaks at 1 distinct function, also when written twice, and is silent at 2', () => {
    const [f] = findingsOf('spoor-2/narrow-zoekprofiel', withFunctions(['Receptionist']));
    expect(f).toMatchObject({
      severity: 'warning',
      path: ['spoor2', 'plan', 'zoekprofiel', 'functions'],
      message: {
        en: 'The zoekprofiel in the trajectplan of 7 April 2025 names 1 distinct function(s), fewer than 2: UWV expects a broad enough search profile.',
      },
    });
    expect(
      findingsOf('spoor-2/narrow-zoekprofiel', withFunctions(['Receptionist', ' receptionist '])),
    ).toHaveLength(1);
    expect(findingsOf('spoor-2/narrow-zoekprofiel', CLEAN)).toEqual([]);
  });

  it('leaves an empty zoekprofiel to plan-incomplete, and follows minZoekprofielFunctions', () => {
    expect(findingsOf('spoor-2/narrow-zoekprofiel', withFunctions([]))).toEqual([]);
    expect(
      findingsOf('spoor-2/narrow-zoekprofiel', CLEAN, { spoor2: { minZoekprofielFunctions: 3 } }),
    ).toHaveLength(1);
  });
});

describe('spoor-2/few-applications (fewer than 1 a week in a complete 28-day window)', () => {
  it('is silent at 4 applications in the window and lists it at 3', () => {
    // Window 7 April – 4 May: 4 × 7 = 28 is not fewer than 1 × 28; 3 × 7 = 21 is.
    const [f] = findingsOf('spoor-2/few-applications', t({ applications: apps.slice(1) }));
    expect(f).toEqual({
      code: 'spoor-2/few-applications',
      severity: 'warning',
      period: { start: '2025-04-07', end: '2025-05-04' },
      windows: [{ start: '2025-04-07', end: '2025-05-04' }],
      message: {
        nl: 'Sinds de start van de bemiddeling op 7 april 2025 bleef het aantal sollicitaties in 1 van de 1 volledige perioden van 28 dagen onder 1 per week.',
        en: 'Since mediation started on 7 April 2025, applications stayed below 1 a week in 1 of the 1 complete periods of 28 days.',
      },
      source: expect.stringContaining('CRVB:2017:2860'),
    });
  });

  it('assesses complete windows only: the last day of a window may be the as-of date', () => {
    const three = t({ applications: apps.slice(1) });
    // 7 April + 27 = 4 May: complete on 4 May, not on 3 May.
    expect(findingsOf('spoor-2/few-applications', three, { asOf: '2025-05-04' })).toHaveLength(1);
    expect(findingsOf('spoor-2/few-applications', three, { asOf: '2025-05-03' })).toEqual([]);
  });

  it('starts at bemiddeling when recorded and lists every short window', () => {
    // Mediation 14 April – 9 June: 57 days, so two windows (14 April – 11 May, 12 May – 8 June).
    // Window 1 holds 15, 22 and 29 April (8 April is before the start): 3, short. Window 2: 4.
    const spoor2 = t({
      phases: [{ phase: 'bemiddeling-en-sollicitatie', start: '2025-04-14' }],
      applications: [
        ...apps,
        ...['2025-05-12', '2025-05-19', '2025-05-26', '2025-06-02'].map((date) => ({
          date,
          result: 'afgewezen' as const,
        })),
      ],
    });
    const [f] = findingsOf('spoor-2/few-applications', spoor2, { asOf: '2025-06-09' });
    expect(f?.windows).toEqual([{ start: '2025-04-14', end: '2025-05-11' }]);
    expect(f?.message.en).toContain('in 1 of the 2 complete periods');
    // One more application in window 1 makes it complete.
    const more = t({
      ...spoor2,
      applications: [...spoor2.applications!, { date: '2025-05-11', result: 'afgewezen' }],
    });
    expect(findingsOf('spoor-2/few-applications', more, { asOf: '2025-06-09' })).toEqual([]);
  });

  it('takes the number a week agreed in the plan over the option and the default', () => {
    // Plan: 2 a week, so 8 in the window; 4 is short, even with the option at 0.5.
    const two = t({ plan: { ...plan, applicationsPerWeek: 2 } });
    expect(findingsOf('spoor-2/few-applications', two)).toHaveLength(1);
    expect(
      findingsOf('spoor-2/few-applications', two, { spoor2: { applicationsPerWeek: 0.5 } }),
    ).toHaveLength(1);
    // Without an agreed number the option counts: 0.5 × 28 = 14; 2 × 7 = 14 is not fewer, 1 × 7 is.
    const open = { ...plan, applicationsPerWeek: undefined };
    const half = { spoor2: { applicationsPerWeek: 0.5 } };
    expect(
      findingsOf('spoor-2/few-applications', t({ plan: open, applications: apps.slice(2) }), half),
    ).toEqual([]);
    expect(
      findingsOf('spoor-2/few-applications', t({ plan: open, applications: apps.slice(3) }), half),
    ).toHaveLength(1);
    // …and without either, the default of 1: 3 × 7 < 28.
    expect(
      findingsOf('spoor-2/few-applications', t({ plan: open, applications: apps.slice(1) })),
    ).toHaveLength(1);
  });

  it('writes a fractional number a week with a decimal comma in Dutch', () => {
    const open = { ...plan, applicationsPerWeek: undefined };
    const [f] = findingsOf('spoor-2/few-applications', t({ plan: open }), {
      spoor2: { applicationsPerWeek: 1.5 },
    });
    expect(f?.message.nl).toContain('onder 1,5 per week');
    expect(f?.message.en).toContain('below 1.5 a week');
  });

  it('takes the window length from applicationWindowDays', () => {
    // Windows of 14 days from 7 April up to 5 May: 7–20 April (8, 15) and 21 April – 4 May
    // (22, 29): 2 × 7 = 14 is not fewer than 1 × 14. Without 15 April the first is short.
    const fortnight = { spoor2: { applicationWindowDays: 14 } };
    expect(findingsOf('spoor-2/few-applications', CLEAN, fortnight)).toEqual([]);
    const [f] = findingsOf(
      'spoor-2/few-applications',
      t({ applications: apps.filter((a) => a.date !== '2025-04-15') }),
      fortnight,
    );
    expect(f?.windows).toEqual([{ start: '2025-04-07', end: '2025-04-20' }]);
  });

  it('has no windows without a mediation period', () => {
    expect(
      findingsOf('spoor-2/few-applications', t({ plan: null, applications: [] }), {
        asOf: '2025-08-01',
      }),
    ).toEqual([]);
  });
});

describe('spoor-2/inactive (more than 28 days between dated entries)', () => {
  it('is silent at 28 days and speaks at 29, with the gap as its period', () => {
    // Intake 10 March → 7 April is 28 days; 10 March → 8 April is 29.
    expect(periodsOf('spoor-2/inactive', t({ activities: CLEAN.activities!.slice(1) }))).toEqual(
      [],
    );
    const [f] = findingsOf('spoor-2/inactive', t({ activities: [] }));
    expect(f?.period).toEqual({ start: '2025-03-10', end: '2025-04-08' });
    expect(f?.message.nl).toBe(
      'Van 10 maart 2025 tot 8 april 2025 (29 dagen) is geen activiteit, sollicitatie of intake vastgelegd; meer dan 28 dagen zonder activiteit is moeilijk te verantwoorden.',
    );
  });

  it('measures from the last entry to the as-of date while the trajectory runs', () => {
    // Last entry 29 April: + 28 = 27 May, + 29 = 28 May.
    expect(periodsOf('spoor-2/inactive', CLEAN, { asOf: '2025-05-27' })).toEqual([]);
    expect(periodsOf('spoor-2/inactive', CLEAN, { asOf: '2025-05-28' })).toEqual([
      ['2025-04-29', '2025-05-28'],
    ]);
    // Ended on 1 May: no open stretch.
    expect(periodsOf('spoor-2/inactive', t({ end: '2025-05-01' }), { asOf: '2025-06-30' })).toEqual(
      [],
    );
  });

  it('takes its limit from maxActivityGapDays', () => {
    // The 14-day gaps exceed 13.
    expect(periodsOf('spoor-2/inactive', CLEAN, { spoor2: { maxActivityGapDays: 13 } })).toEqual([
      ['2025-03-10', '2025-03-24'],
      ['2025-03-24', '2025-04-07'],
    ]);
  });
});

describe('spoor-2/report-gap (more than 6 weeks between reporting points)', () => {
  const report = (date: string, number = 1) => ({ kind: 'voortgang' as const, number, date });

  it('is silent at 42 days and speaks at 43, from the plan, each progress report and the as-of date', () => {
    // Plan 7 April → report 19 May: 42 days; 19 May → 30 June: 42; → 1 July: 43.
    const spoor2 = t({ reports: [report('2025-05-19')] });
    expect(periodsOf('spoor-2/report-gap', spoor2, { asOf: '2025-06-30' })).toEqual([]);
    const [f] = findingsOf('spoor-2/report-gap', spoor2, { asOf: '2025-07-01' });
    expect(f?.period).toEqual({ start: '2025-05-19', end: '2025-07-01' });
    expect(f?.message.en).toBe(
      'From 19 May 2025 to 1 July 2025 (43 days) there is no progress report; the interval is 6 weeks.',
    );
    // Without the report: plan → 20 May is 43 days.
    expect(periodsOf('spoor-2/report-gap', CLEAN, { asOf: '2025-05-20' })).toEqual([
      ['2025-04-07', '2025-05-20'],
    ]);
  });

  it('takes the interval agreed in the plan over the option, and the option over the default', () => {
    // Agreed 4 weeks (28 days): plan → 5 May is 28, → 6 May is 29.
    const four = t({ plan: { ...plan, reportEveryWeeks: 4 } });
    expect(periodsOf('spoor-2/report-gap', four, { spoor2: { reportEveryWeeks: 8 } })).toEqual([]);
    expect(
      periodsOf('spoor-2/report-gap', four, {
        asOf: '2025-05-06',
        spoor2: { reportEveryWeeks: 8 },
      }),
    ).toEqual([['2025-04-07', '2025-05-06']]);
    // No agreed interval: the option's 4 weeks count.
    const open = t({ plan: { ...plan, reportEveryWeeks: undefined } });
    expect(
      periodsOf('spoor-2/report-gap', open, {
        asOf: '2025-05-06',
        spoor2: { reportEveryWeeks: 4 },
      }),
    ).toEqual([['2025-04-07', '2025-05-06']]);
  });

  it('ignores reports before the plan and final reports, and has nothing before a plan', () => {
    const spoor2 = t({
      reports: [report('2025-04-01'), { kind: 'eind', date: '2025-05-01' }],
    });
    expect(periodsOf('spoor-2/report-gap', spoor2, { asOf: '2025-05-20' })).toEqual([
      ['2025-04-07', '2025-05-20'],
    ]);
    expect(periodsOf('spoor-2/report-gap', t({ plan: null }), { asOf: '2025-09-01' })).toEqual([]);
  });

  it('stops at the end of the trajectory', () => {
    expect(
      periodsOf('spoor-2/report-gap', t({ end: '2025-05-01' }), { asOf: '2025-09-01' }),
    ).toEqual([]);
  });
});

describe('spoor-2/no-eindrapportage (ended more than 14 days ago, no final report)', () => {
  const ended = t({ end: '2025-05-01' });

  it('is silent 14 days after the end and speaks at 15', () => {
    // 1 May + 14 = 15 May, + 15 = 16 May.
    expect(periodsOf('spoor-2/no-eindrapportage', ended, { asOf: '2025-05-15' })).toEqual([]);
    const [f] = findingsOf('spoor-2/no-eindrapportage', ended, { asOf: '2025-05-16' });
    expect(f).toMatchObject({
      severity: 'warning',
      period: { start: '2025-05-01', end: '2025-05-16' },
      message: {
        nl: 'Het traject is geëindigd op 1 mei 2025; op 16 mei 2025, 15 dagen later, is er geen eindrapportage vastgelegd (verwacht binnen 14 dagen).',
      },
    });
  });

  it('is silent with a final report recorded, however late, but not with one dated after the as-of date', () => {
    const withEind = t({ ...ended, reports: [{ kind: 'eind', date: '2025-06-20' }] });
    expect(periodsOf('spoor-2/no-eindrapportage', withEind, { asOf: '2025-06-30' })).toEqual([]);
    expect(periodsOf('spoor-2/no-eindrapportage', withEind, { asOf: '2025-06-01' })).toEqual([
      ['2025-05-01', '2025-06-01'],
    ]);
  });

  it('counts the end from the outcome date when that is earlier, and follows eindrapportageWithinDays', () => {
    const placed = t({ end: '2025-05-20', outcome: { kind: 'plaatsing', date: '2025-05-01' } });
    expect(periodsOf('spoor-2/no-eindrapportage', placed, { asOf: '2025-05-16' })).toEqual([
      ['2025-05-01', '2025-05-16'],
    ]);
    expect(
      periodsOf('spoor-2/no-eindrapportage', ended, {
        asOf: '2025-05-16',
        spoor2: { eindrapportageWithinDays: 15 },
      }),
    ).toEqual([]);
  });
});

describe('spoor-2/no-ad-report (a trajectplan without an arbeidsdeskundig report before it)', () => {
  it('is silent with a report on the plan date and speaks the day after, or without one', () => {
    const ad = (date: string) => t({ adReport: { date, status: 'concept' } });
    expect(findingsOf('spoor-2/no-ad-report', ad('2025-04-07'))).toEqual([]);
    const [f] = findingsOf('spoor-2/no-ad-report', ad('2025-04-08'));
    expect(f).toMatchObject({ severity: 'info', path: ['spoor2', 'adReport'] });
    expect(f?.message.en).toBe(
      'The trajectplan of 7 April 2025 builds on no arbeidsdeskundig (labour expert) report: none is dated on or before it.',
    );
    expect(findingsOf('spoor-2/no-ad-report', t({ adReport: null }))).toHaveLength(1);
    expect(findingsOf('spoor-2/no-ad-report', t({ adReport: null, plan: null }))).toEqual([]);
  });
});
