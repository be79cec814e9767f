import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../calendar/day-number.js';
import { readSpoor2 } from './read-spoor2.js';
import type { Spoor2Options } from './spoor2-options.js';
import type { Spoor2Trajectory } from './spoor2-trajectory.js';
import { viewSpoor2 } from './spoor2-view.js';
import { CLEAN, CLEAN_AS_OF, trajectory } from './test-helpers.js';

const d = toDayNumber;
const view = (t: Spoor2Trajectory, asOf: string, options?: Partial<Spoor2Options>) => {
  const { days } = readSpoor2(t);
  return viewSpoor2(t, days!, d(asOf), options);
};

describe('viewSpoor2', () => {
  it('counts what a clean trajectory holds on its as-of date', () => {
    const v = view(CLEAN, CLEAN_AS_OF);
    expect(v).toMatchObject({
      asOf: d('2025-05-05'),
      referral: d('2025-03-03'),
      intake: d('2025-03-10'),
      plan: CLEAN.plan,
      planDay: d('2025-04-07'),
      adReport: d('2025-02-20'),
      end: null,
      closed: null,
      outcome: null,
      lastActivity: d('2025-04-29'),
      applications: {
        total: 4,
        byResult: {
          'in-behandeling': 1,
          'geen-reactie': 1,
          afgewezen: 1,
          uitgenodigd: 1,
          aangenomen: 0,
        },
      },
      activities: { total: 2, byType: { loopbaancoaching: 2, 'e-learning': 0 } },
      // 1.5 hours on location and 1 online: 150 and 100 hundredths.
      hundredths: { total: 250, byMode: { 'op-locatie': 150, thuis: 0, online: 100 } },
      reports: { trajectplan: 0, voortgang: 0, eind: 0 },
      firstEindReport: null,
      reportingPoints: [d('2025-04-07')],
      // Mediation from the plan (no bemiddeling phase): 7 April – 5 May is 29 days, one
      // complete window of 28 days (7 April – 4 May) holding all 4 applications.
      mediation: { start: d('2025-04-07'), end: d('2025-05-05'), applications: 4 },
    });
    expect(Array.from(v.windows)).toEqual([4]);
    // Intake, activities and applications, sorted.
    expect(Array.from(v.entries)).toEqual(
      [
        '2025-03-10',
        '2025-03-24',
        '2025-04-07',
        '2025-04-08',
        '2025-04-15',
        '2025-04-22',
        '2025-04-29',
      ].map(d),
    );
    // The plan's agreed values are in force.
    expect(v.options).toMatchObject({ applicationsPerWeek: 1, reportEveryWeeks: 6 });
  });

  it('knows nothing dated after the as-of date', () => {
    // On 1 April: the intake and one activity are known; the plan, the rest of the log, no mediation.
    const v = view(CLEAN, '2025-04-01', { applicationsPerWeek: 3 });
    expect(v).toMatchObject({
      intake: d('2025-03-10'),
      plan: null,
      planDay: null,
      lastActivity: d('2025-03-24'),
      applications: { total: 0 },
      activities: { total: 1 },
      reportingPoints: [],
      mediation: null,
    });
    expect(Array.from(v.entries)).toEqual([d('2025-03-10'), d('2025-03-24')]);
    expect(v.windows).toHaveLength(0);
    // Without a plan in force, the caller's threshold applies.
    expect(v.options.applicationsPerWeek).toBe(3);
    expect(view(CLEAN, '2025-03-05')).toMatchObject({ intake: null, lastActivity: null });
  });

  it('runs mediation from the earliest bemiddeling phase to the earliest of as-of date, outcome and end', () => {
    const t = trajectory({
      phases: [
        { phase: 'bemiddeling-en-sollicitatie', start: '2025-05-01' },
        { phase: 'bemiddeling-en-sollicitatie', start: '2025-04-20' },
      ],
      applications: [
        { date: '2025-04-19', result: 'afgewezen' }, // before mediation
        { date: '2025-04-21', result: 'afgewezen' }, // window 1: 20 April – 17 May
        { date: '2025-05-10', result: 'afgewezen' },
        { date: '2025-05-17', result: 'afgewezen' },
        { date: '2025-05-18', result: 'uitgenodigd' }, // window 2: 18 May – 14 June
        { date: '2025-06-15', result: 'afgewezen' }, // mediation, no complete window
        { date: '2025-06-21', result: 'aangenomen' }, // after the end
      ],
      outcome: { kind: 'plaatsing', date: '2025-06-25' },
      end: '2025-06-20',
    });
    const v = view(t, '2025-06-30');
    // 20 April – 20 June: 62 days, two complete windows of 28.
    expect(v.mediation).toEqual({ start: d('2025-04-20'), end: d('2025-06-20'), applications: 5 });
    expect(Array.from(v.windows)).toEqual([3, 1]);
    expect(v.applications.total).toBe(7);
    // Closed on the earlier of end and outcome; the outcome's own date is kept.
    expect([v.closed, v.outcome, v.end]).toEqual([
      d('2025-06-20'),
      d('2025-06-25'),
      d('2025-06-20'),
    ]);
    // Before the end: not closed, but the recorded end is known.
    expect(view(t, '2025-06-10')).toMatchObject({
      closed: null,
      outcome: null,
      end: d('2025-06-20'),
    });
  });

  it('does not start mediation at a bemiddeling phase dated after the as-of date', () => {
    // On 5 May a bemiddeling phase from 10 May is not known yet: mediation runs from the plan
    // (7 April), exactly as without that record, with its one window of 4 applications.
    const later = view(
      trajectory({ phases: [{ phase: 'bemiddeling-en-sollicitatie', start: '2025-05-10' }] }),
      CLEAN_AS_OF,
    );
    expect(later.phases).toEqual([]);
    expect(later.mediation).toEqual({
      start: d('2025-04-07'),
      end: d('2025-05-05'),
      applications: 4,
    });
    expect(Array.from(later.windows)).toEqual([4]);
  });

  it('reads the reports: counts per kind, the first final report, progress reports from the plan on', () => {
    const v = view(
      trajectory({
        reports: [
          { kind: 'voortgang', date: '2025-04-01' }, // before the plan: no reporting point
          { kind: 'voortgang', date: '2025-05-02' },
          { kind: 'voortgang', date: '2025-04-20' },
          { kind: 'eind', date: '2025-05-04' },
          { kind: 'eind', date: '2025-05-03' },
          { kind: 'trajectplan', date: '2025-05-20' }, // after the as-of date
        ],
      }),
      CLEAN_AS_OF,
    );
    expect(v.reports).toEqual({ trajectplan: 0, voortgang: 3, eind: 2 });
    expect(v.firstEindReport).toBe(d('2025-05-03'));
    expect(v.reportingPoints).toEqual([d('2025-04-07'), d('2025-04-20'), d('2025-05-02')]);
  });

  it('adds hours exactly in hundredths, also without a mode', () => {
    const v = view(
      trajectory({
        activities: [
          { date: '2025-03-24', type: 'e-learning', mode: 'thuis', hours: 0.1 },
          { date: '2025-03-25', type: 'e-learning', mode: 'thuis', hours: 0.2 },
          { date: '2025-03-26', type: 'overig', hours: 2 },
          { date: '2025-03-27', type: 'overig', mode: 'online' },
        ],
      }),
      CLEAN_AS_OF,
    );
    // 0.1 + 0.2 hours = 30 hundredths exactly; 2 hours without a mode count in the total only.
    expect(v.hundredths).toEqual({ total: 230, byMode: { 'op-locatie': 0, thuis: 30, online: 0 } });
    expect(v.activities.total).toBe(4);
  });
});
