import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PoortwachterInputError } from '../input/poortwachter-input-error.js';
import { sliceSpoor2 } from './slice-spoor2.js';
import type { Spoor2Trajectory } from './spoor2-trajectory.js';
import { CLEAN } from './test-helpers.js';

/** The trajectory of the example dossier: 25 activities and 41 applications, 17 Feb – 26 Sep 2025. */
const DOSSIER = (
  JSON.parse(
    readFileSync(new URL('../../../../fixtures/dossier/case.json', import.meta.url), 'utf8'),
  ) as { spoor2: Spoor2Trajectory }
).spoor2;

const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    if (error instanceof PoortwachterInputError)
      return error.issues.map((i) => [i.code, i.path?.join('.')]);
    throw error;
  }
  return [];
};

describe('sliceSpoor2', () => {
  it('slices the first progress period of the example dossier (17 February – 11 April 2025)', () => {
    const s = sliceSpoor2(DOSSIER, { start: '2025-02-17', end: '2025-04-11' });
    // Activities on 17 and 24 Feb, 3, 10, 17, 24 and 31 Mar, 7 Apr: 8 (14 Apr is after the end).
    expect(s.activities.map((a) => a.date)).toEqual([
      '2025-02-17',
      '2025-02-24',
      '2025-03-03',
      '2025-03-10',
      '2025-03-17',
      '2025-03-24',
      '2025-03-31',
      '2025-04-07',
    ]);
    // Applications on 1, 3 and 8 April; the next one is on 2 May.
    expect(s.applications.map((a) => [a.date, a.result])).toEqual([
      ['2025-04-01', 'uitgenodigd'],
      ['2025-04-03', 'afgewezen'],
      ['2025-04-08', 'afgewezen'],
    ]);
    // On location 1.5 + 1 + 1 + 1 + 4 = 8.5; online 2 + 1 = 3; at home 3; total 14.5.
    // Trainings: the e-learning of 10 March and the sollicitatietraining of 31 March.
    expect(s.totals).toEqual({
      applications: 3,
      interviews: 1,
      byResult: { afgewezen: 2, uitgenodigd: 1 },
      activities: 8,
      trainings: 2,
      hours: 14.5,
      hoursByMode: { 'op-locatie': 8.5, thuis: 3, online: 3 },
    });
    expect(s.byType).toEqual([
      {
        type: 'intake-gesprek',
        activities: 1,
        hours: 1.5,
        hoursByMode: { 'op-locatie': 1.5, thuis: 0, online: 0 },
      },
      {
        type: 'loopbaancoaching',
        activities: 4,
        hours: 4,
        hoursByMode: { 'op-locatie': 3, thuis: 0, online: 1 },
      },
      {
        type: 'sollicitatietraining',
        activities: 1,
        hours: 4,
        hoursByMode: { 'op-locatie': 4, thuis: 0, online: 0 },
      },
      {
        type: 'e-learning',
        activities: 1,
        hours: 2,
        hoursByMode: { 'op-locatie': 0, thuis: 0, online: 2 },
      },
      {
        type: 'vacatureonderzoek',
        activities: 1,
        hours: 3,
        hoursByMode: { 'op-locatie': 0, thuis: 3, online: 0 },
      },
    ]);
    // Intake 17–28 Feb and oriëntatie 3 Mar – 11 Apr ran in the period; activering starts 14 Apr.
    expect(s.phases.map((p) => p.phase)).toEqual(['intake', 'orientatie']);
    // Mediation starts with bemiddeling en sollicitatie on 1 May, whatever the period.
    expect(s.mediationStart).toBe('2025-05-01');
  });

  it('gives the whole log for the whole trajectory: 25 activities, 41 applications, 50 hours', () => {
    const s = sliceSpoor2(DOSSIER, { start: '2025-01-28', end: '2025-09-26' });
    // Hours: on location 27, at home 5, online 18 (the figures of assessSpoor2 agree).
    expect([s.activities.length, s.applications.length, s.totals.hours]).toEqual([25, 41, 50]);
    expect(s.totals.hoursByMode).toEqual({ 'op-locatie': 27, thuis: 5, online: 18 });
    expect(s.totals.interviews).toBe(6);
    expect(s.byType.reduce((n, row) => n + row.activities, 0)).toBe(25);
    expect(s.phases.map((p) => p.phase)).toEqual([
      'intake',
      'orientatie',
      'activering-en-scholing',
      'bemiddeling-en-sollicitatie',
    ]);
  });

  it('counts both days of the period, sorts by date and keeps the log order on one day', () => {
    const s = sliceSpoor2(
      {
        referral: '2025-01-01',
        activities: [
          { date: '2025-03-10', type: 'overig', goal: 'b' },
          { date: '2025-03-01', type: 'overig', goal: 'a' },
          { date: '2025-03-10', type: 'overig', goal: 'c' },
          { date: '2025-02-28', type: 'overig', goal: 'before' },
          { date: '2025-03-11', type: 'overig', goal: 'after' },
        ],
      },
      { start: '2025-03-01', end: '2025-03-10' },
    );
    expect(s.activities.map((a) => a.goal)).toEqual(['a', 'b', 'c']);
  });

  it('adds hours to the hundredth and counts hours without a mode in the total only', () => {
    // 0.1 + 0.2 in floating point is 0.30000000000000004; in hundredths 10 + 20 = 30.
    const s = sliceSpoor2(
      {
        referral: '2025-01-01',
        activities: [
          { date: '2025-01-02', type: 'scholing', mode: 'online', hours: 0.1 },
          { date: '2025-01-03', type: 'scholing', mode: 'online', hours: 0.2 },
          { date: '2025-01-04', type: 'jobcoaching', hours: 2 },
          { date: '2025-01-05', type: 'jobcoaching', mode: 'thuis' },
        ],
      },
      { start: '2025-01-01', end: '2025-01-31' },
    );
    expect(s.totals).toMatchObject({
      activities: 4,
      trainings: 2,
      hours: 2.3,
      hoursByMode: { 'op-locatie': 0, thuis: 0, online: 0.3 },
    });
    expect(s.byType.map((r) => [r.type, r.activities, r.hours])).toEqual([
      ['jobcoaching', 2, 2],
      ['scholing', 2, 0.3],
    ]);
  });

  it('takes a phase that is still running, and one that ends on the first day of the period', () => {
    const s = sliceSpoor2(
      {
        referral: '2025-01-01',
        phases: [
          { phase: 'bemiddeling-en-sollicitatie', start: '2025-02-01' },
          { phase: 'orientatie', start: '2025-01-10', end: '2025-03-01' },
          { phase: 'intake', start: '2025-01-02', end: '2025-02-28' },
          { phase: 'activering-en-scholing', start: '2025-02-01', end: '2025-04-30' },
          { phase: 'plaatsing', start: '2025-04-01' },
        ],
      },
      { start: '2025-03-01', end: '2025-03-31' },
    );
    // Intake ended the day before; plaatsing starts after 31 March. Same start: table order.
    expect(s.phases.map((p) => p.phase)).toEqual([
      'orientatie',
      'activering-en-scholing',
      'bemiddeling-en-sollicitatie',
    ]);
    expect(s.mediationStart).toBe('2025-02-01');
  });

  it('takes the mediation start from the trajectplan without a bemiddeling phase, and is empty outside the log', () => {
    const s = sliceSpoor2(CLEAN, { start: '2026-01-01', end: '2026-01-31' });
    expect(s.mediationStart).toBe('2025-04-07');
    expect([s.activities, s.applications, s.phases, s.byType]).toEqual([[], [], [], []]);
    expect(s.totals).toEqual({
      applications: 0,
      interviews: 0,
      byResult: {},
      activities: 0,
      trainings: 0,
      hours: 0,
      hoursByMode: { 'op-locatie': 0, thuis: 0, online: 0 },
    });
    expect(
      sliceSpoor2({ referral: '2025-01-01' }, { start: '2025-01-01', end: '2025-01-01' })
        .mediationStart,
    ).toBeNull();
  });

  it('refuses a period out of order or not a date, and an invalid trajectory, with paths', () => {
    expect(issuesOf(() => sliceSpoor2(CLEAN, { start: '2025-04-02', end: '2025-04-01' }))).toEqual([
      ['period/end-before-start', 'period.end'],
    ]);
    expect(issuesOf(() => sliceSpoor2(CLEAN, { start: '2025-02-30', end: 'morgen' }))).toEqual([
      ['date/invalid', 'period.start'],
      ['date/invalid', 'period.end'],
    ]);
    expect(
      issuesOf(() =>
        sliceSpoor2(
          { referral: '2025-03-01', intake: '2025-02-01' },
          { start: '2025-03-01', end: '2025-03-31' },
        ),
      ),
    ).toEqual([['spoor2/before-referral', 'spoor2.intake']]);
  });
});
