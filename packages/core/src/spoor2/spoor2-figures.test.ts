import { describe, expect, it } from 'vitest';
import { assessSpoor2 } from './assess-spoor2.js';
import type { Spoor2Trajectory } from './spoor2-trajectory.js';
import { CLEAN, CLEAN_AS_OF, trajectory as t } from './test-helpers.js';

const figures = (spoor2: Spoor2Trajectory, asOf = CLEAN_AS_OF) =>
  assessSpoor2({ spoor2 }, { asOf })!.figures;

/** The example of the `spoor2` command's JSON in {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#6-spoor-2 | docs/contract.md §6}, rebuilt as a log. */
const CONTRACT_EXAMPLE: Spoor2Trajectory = {
  provider: {
    name: 'Voorbeeld Re-integratie B.V.',
    adviser: { name: 'Sem Bakker', function: 'Loopbaanadviseur' },
  },
  referral: '2025-02-10',
  intake: '2025-02-17',
  adReport: { date: '2025-01-20', status: 'definitief' },
  capacityDate: '2025-01-10',
  plan: {
    date: '2025-03-14',
    goal: 'Passend werk buiten de eigen organisatie, 24 uur',
    persoonsprofiel: true,
    zoekprofiel: {
      functions: ['Administratief medewerker', 'Receptionist'],
      sectors: ['Zorg', 'Overheid'],
      maxTravelMinutes: 45,
      hoursPerWeek: 24,
    },
    applicationsPerWeek: 2,
    reportEveryWeeks: 6,
    plannedEnd: '2025-12-31',
  },
  phases: [
    { phase: 'intake', start: '2025-02-17', end: '2025-02-28' },
    { phase: 'bemiddeling-en-sollicitatie', start: '2025-05-01' },
  ],
  activities: [
    { date: '2025-03-04', type: 'loopbaancoaching', mode: 'online', hours: 1.5 },
    { date: '2025-04-01', type: 'loopbaancoaching', mode: 'op-locatie', hours: 2 },
    { date: '2025-04-20', type: 'e-learning', mode: 'online', hours: 3 },
    { date: '2025-05-20', type: 'sollicitatietraining', mode: 'op-locatie', hours: 2 },
    { date: '2025-06-13', type: 'jobcoaching', mode: 'thuis', hours: 1.5 },
  ],
  applications: [
    ...['2025-05-02', '2025-05-09', '2025-05-16', '2025-05-23', '2025-06-02'].map((date) => ({
      date,
      employer: 'Gemeente Utrecht',
      function: 'Receptionist',
      channel: 'vacaturesite' as const,
      result: 'afgewezen' as const,
    })),
    { date: '2025-06-05', result: 'uitgenodigd' },
    { date: '2025-06-10', result: 'in-behandeling' },
  ],
  reports: [
    { kind: 'voortgang', number: 1, date: '2025-04-25' },
    { kind: 'voortgang', number: 2, date: '2025-06-06' },
  ],
  outcome: { kind: 'geen', date: null },
  end: null,
};

describe('the figures of a trajectory', () => {
  it('match the example of docs/contract.md §6', () => {
    // Days: 17 February → 20 June = 11 + 31 + 30 + 31 + 20 = 123. Mediation 1 May → 20 June =
    // 50 days with 7 applications: 7 × 7 ÷ 50 = 0.98. Online 4.5 of 10 hours: 0.45. Last report
    // 6 June + 42 = 18 July.
    expect(assessSpoor2({ spoor2: CONTRACT_EXAMPLE }, { asOf: '2025-06-20' })).toMatchObject({
      asOf: '2025-06-20',
      phase: 'bemiddeling-en-sollicitatie',
      figures: {
        daysInTrajectory: 123,
        applications: {
          total: 7,
          interviews: 1,
          byResult: { afgewezen: 5, uitgenodigd: 1, 'in-behandeling': 1 },
        },
        applicationsPerWeek: 0.98,
        activities: {
          total: 5,
          byType: { loopbaancoaching: 2, 'e-learning': 1, sollicitatietraining: 1, jobcoaching: 1 },
        },
        hours: { total: 10, byMode: { 'op-locatie': 4, thuis: 1.5, online: 4.5 } },
        onlineShare: 0.45,
        lastActivity: '2025-06-13',
        daysSinceLastActivity: 7,
        reports: { trajectplan: 0, voortgang: 2, eind: 0 },
        nextReportDue: '2025-07-18',
        outcome: null,
        daysToOutcome: null,
      },
    });
  });

  it('count only what is dated on or before the as-of date', () => {
    // On 15 April: applications 8 and 15 April; activities 24 March and 7 April.
    const f = figures(CLEAN, '2025-04-15');
    expect(f.applications).toEqual({
      total: 2,
      interviews: 0,
      byResult: { 'geen-reactie': 1, afgewezen: 1 },
    });
    expect(f.activities.total).toBe(2);
    expect(f.lastActivity).toBe('2025-04-15');
    // Mediation 7 → 15 April: 8 days, 2 applications: 2 × 7 ÷ 8 = 1.75.
    expect(f.applicationsPerWeek).toBe(1.75);
  });

  it('sum hours exactly to the hundredth, and give no online share without hours', () => {
    const hours = [0.1, 0.2, 0.7].map((h) => ({
      date: '2025-04-01',
      type: 'e-learning' as const,
      mode: 'online' as const,
      hours: h,
    }));
    const f = figures(
      t({
        activities: [...hours, { date: '2025-04-02', type: 'scholing', mode: 'thuis', hours: 3 }],
      }),
    );
    expect(f.hours).toEqual({ total: 4, byMode: { 'op-locatie': 0, thuis: 3, online: 1 } });
    expect(f.onlineShare).toBe(0.25);
    expect(
      figures(t({ activities: [{ date: '2025-04-01', type: 'overig' }] })).onlineShare,
    ).toBeNull();
  });

  it('have no applications a week without a mediation period, or on its first day', () => {
    expect(figures(t({ plan: null })).applicationsPerWeek).toBeNull();
    expect(figures(CLEAN, '2025-04-07').applicationsPerWeek).toBeNull();
  });

  it('stop the days at the end, and count the outcome from its date', () => {
    // Intake 10 March → end 1 May: 21 + 30 + 1 = 52; outcome 15 April: 36 days from the intake.
    const ended = t({ end: '2025-05-01', outcome: { kind: 'detachering', date: '2025-04-15' } });
    const f = figures(ended, '2025-06-01');
    expect([f.daysInTrajectory, f.outcome, f.daysToOutcome, f.nextReportDue]).toEqual([
      52,
      'detachering',
      36,
      null,
    ]);
    expect(figures(ended, '2025-04-14').outcome).toBeNull();
    // Without an intake the referral counts: 3 March → 5 May = 63.
    expect(figures(t({ intake: null })).daysInTrajectory).toBe(63);
  });

  it('give the next report date from the last reporting point while the trajectory runs', () => {
    // Plan 7 April + 6 weeks = 19 May; after a report on 12 May: 23 June.
    expect(figures(CLEAN).nextReportDue).toBe('2025-05-19');
    expect(
      figures(t({ reports: [{ kind: 'voortgang', number: 1, date: '2025-05-12' }] }), '2025-05-12')
        .nextReportDue,
    ).toBe('2025-06-23');
    expect(figures(t({ plan: null })).nextReportDue).toBeNull();
  });
});
