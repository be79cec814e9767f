import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDayNumber, toIsoDate } from '../calendar/day-number.js';
import { type Spoor2SliceTotals, sliceSpoor2 } from './slice-spoor2.js';
import type { Spoor2Trajectory } from './spoor2-trajectory.js';
import {
  SPOOR2_ACTIVITY_MODES,
  SPOOR2_ACTIVITY_TYPES,
  SPOOR2_APPLICATION_RESULTS,
} from './spoor2-values.js';

const REFERRAL = toDayNumber('2025-01-06');

/** A log of activities and applications within a year of the referral, and two days of that year. */
const logAndSplit = fc.record({
  activities: fc.array(
    fc.record({
      at: fc.integer({ min: 0, max: 365 }),
      type: fc.constantFrom(...SPOOR2_ACTIVITY_TYPES),
      mode: fc.option(fc.constantFrom(...SPOOR2_ACTIVITY_MODES), { nil: undefined }),
      hundredths: fc.option(fc.integer({ min: 0, max: 1_000 }), { nil: undefined }),
    }),
    { maxLength: 60 },
  ),
  applications: fc.array(
    fc.record({
      at: fc.integer({ min: 0, max: 365 }),
      result: fc.constantFrom(...SPOOR2_APPLICATION_RESULTS),
    }),
    { maxLength: 80 },
  ),
  split: fc.integer({ min: 0, max: 365 }),
  other: fc.integer({ min: 0, max: 365 }),
});

const trajectoryOf = (
  log: typeof logAndSplit extends fc.Arbitrary<infer T> ? T : never,
): Spoor2Trajectory => ({
  referral: toIsoDate(REFERRAL),
  activities: log.activities.map((a) => ({
    date: toIsoDate(REFERRAL + a.at),
    type: a.type,
    ...(a.mode === undefined ? {} : { mode: a.mode }),
    ...(a.hundredths === undefined ? {} : { hours: a.hundredths / 100 }),
  })),
  applications: log.applications.map((a) => ({
    date: toIsoDate(REFERRAL + a.at),
    result: a.result,
  })),
});

const period = (from: number, to: number) => ({
  start: toIsoDate(REFERRAL + from),
  end: toIsoDate(REFERRAL + to),
});

/** Totals added field by field (hours rounded to the hundredth, as the slice counts them). */
function add(a: Spoor2SliceTotals, b: Spoor2SliceTotals): Spoor2SliceTotals {
  const sum = (x: number, y: number) => Math.round((x + y) * 100) / 100;
  const byResult = { ...a.byResult };
  for (const [k, n] of Object.entries(b.byResult))
    byResult[k as keyof typeof byResult] = (byResult[k as keyof typeof byResult] ?? 0) + n;
  return {
    applications: a.applications + b.applications,
    interviews: a.interviews + b.interviews,
    byResult,
    activities: a.activities + b.activities,
    trainings: a.trainings + b.trainings,
    hours: sum(a.hours, b.hours),
    hoursByMode: {
      'op-locatie': sum(a.hoursByMode['op-locatie'], b.hoursByMode['op-locatie']),
      thuis: sum(a.hoursByMode.thuis, b.hoursByMode.thuis),
      online: sum(a.hoursByMode.online, b.hoursByMode.online),
    },
  };
}

describe('sliceSpoor2 (properties)', () => {
  it('splits a period into two whose totals add up to the whole', () => {
    fc.assert(
      fc.property(logAndSplit, (log) => {
        const t = trajectoryOf(log);
        const s = log.split;
        const whole = sliceSpoor2(t, period(0, 365));
        // [0, s] and [s + 1, 365]; when s is the last day the second part is a day after the log.
        const parts = add(
          sliceSpoor2(t, period(0, s)).totals,
          sliceSpoor2(t, period(s + 1, Math.max(s + 1, 365))).totals,
        );
        expect(parts).toEqual(whole.totals);
        expect(whole.activities).toHaveLength(log.activities.length);
        expect(whole.applications).toHaveLength(log.applications.length);
      }),
    );
  });

  it('does not depend on the order of the log', () => {
    fc.assert(
      fc.property(logAndSplit, fc.integer(), (log, seed) => {
        const t = trajectoryOf(log);
        const shuffle = <T>(items: readonly T[]) =>
          items
            .map((item, i) => ({ item, key: (i * 7919 + seed) % 104_729 }))
            .sort((a, b) => a.key - b.key)
            .map(({ item }) => item);
        const shuffled = {
          ...t,
          activities: shuffle(t.activities ?? []),
          applications: shuffle(t.applications ?? []),
        };
        const p = period(Math.min(log.split, log.other), Math.max(log.split, log.other));
        const a = sliceSpoor2(t, p);
        const b = sliceSpoor2(shuffled, p);
        expect(b.totals).toEqual(a.totals);
        expect(b.byType).toEqual(a.byType);
        expect(b.applications.map((e) => e.date)).toEqual(a.applications.map((e) => e.date));
      }),
    );
  });
});
