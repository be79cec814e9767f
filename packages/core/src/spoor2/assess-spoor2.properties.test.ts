import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDayNumber, toIsoDate } from '../calendar/day-number.js';
import { assessSpoor2, type Spoor2Assessment } from './assess-spoor2.js';
import { SPOOR2_PHASES } from './spoor2-phases.js';
import type { Spoor2Report, Spoor2Trajectory } from './spoor2-trajectory.js';
import {
  SPOOR2_ACTIVITY_MODES,
  SPOOR2_ACTIVITY_TYPES,
  SPOOR2_APPLICATION_RESULTS,
  SPOOR2_OUTCOME_KINDS,
  SPOOR2_REPORT_KINDS,
} from './spoor2-values.js';

const iso = toIsoDate;
const FUNCTIONS = ['Receptionist', 'Administratief medewerker', 'Planner', 'Klantenservice'];

/** A valid trajectory around a referral day, and an as-of date near it. */
const trajectoryAndAsOf = fc
  .record({
    referral: fc.integer({ min: toDayNumber('2015-01-01'), max: toDayNumber('2035-12-31') }),
    intake: fc.option(fc.integer({ min: 0, max: 30 })),
    plan: fc.option(
      fc.record({
        after: fc.integer({ min: 0, max: 60 }),
        persoonsprofiel: fc.boolean(),
        functions: fc.subarray(FUNCTIONS),
        applicationsPerWeek: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
        reportEveryWeeks: fc.option(fc.integer({ min: 2, max: 8 }), { nil: undefined }),
      }),
    ),
    adReport: fc.option(fc.integer({ min: -60, max: 90 })),
    phases: fc.array(
      fc.record({
        order: fc.integer({ min: 0, max: SPOOR2_PHASES.length - 1 }),
        start: fc.integer({ min: 0, max: 300 }),
        length: fc.option(fc.integer({ min: 0, max: 120 })),
      }),
      { maxLength: 6 },
    ),
    activities: fc.array(
      fc.record({
        at: fc.integer({ min: 0, max: 400 }),
        type: fc.constantFrom(...SPOOR2_ACTIVITY_TYPES),
        mode: fc.option(fc.constantFrom(...SPOOR2_ACTIVITY_MODES), { nil: undefined }),
        quarters: fc.option(fc.integer({ min: 0, max: 32 }), { nil: undefined }),
      }),
      { maxLength: 40 },
    ),
    applications: fc.array(
      fc.record({
        at: fc.integer({ min: 0, max: 400 }),
        result: fc.constantFrom(...SPOOR2_APPLICATION_RESULTS),
      }),
      { maxLength: 60 },
    ),
    reports: fc.array(
      fc.record({
        kind: fc.constantFrom(...SPOOR2_REPORT_KINDS),
        at: fc.integer({ min: 0, max: 400 }),
      }),
      { maxLength: 10 },
    ),
    end: fc.option(fc.integer({ min: 0, max: 450 })),
    outcome: fc.option(
      fc.record({
        kind: fc.constantFrom(...SPOOR2_OUTCOME_KINDS),
        at: fc.option(fc.integer({ min: 0, max: 450 })),
      }),
    ),
    asOf: fc.integer({ min: -10, max: 500 }),
  })
  .map((g) => {
    const r = g.referral;
    const intake = g.intake === null ? null : r + g.intake;
    const planDay = g.plan === null ? null : (intake ?? r) + g.plan.after;
    // The end lies on or after the intake and the plan.
    const end = g.end === null ? null : Math.max(r + g.end, intake ?? r, planDay ?? r);
    const clamp = (day: number) => (end === null ? day : Math.min(day, end));
    const numbers: Record<string, number> = {};
    const spoor2: Spoor2Trajectory = {
      referral: iso(r),
      intake: intake === null ? null : iso(intake),
      adReport: g.adReport === null ? null : { date: iso(r + g.adReport), status: 'definitief' },
      plan:
        g.plan === null || planDay === null
          ? null
          : {
              date: iso(planDay),
              persoonsprofiel: g.plan.persoonsprofiel,
              zoekprofiel: { functions: g.plan.functions },
              applicationsPerWeek: g.plan.applicationsPerWeek,
              reportEveryWeeks: g.plan.reportEveryWeeks,
            },
      phases: g.phases.map((p) => ({
        phase: SPOOR2_PHASES[p.order]!.id,
        start: iso(clamp(r + p.start)),
        end: p.length === null ? null : iso(clamp(r + p.start + p.length)),
      })),
      activities: g.activities.map((a) => ({
        date: iso(r + a.at),
        type: a.type,
        mode: a.mode,
        hours: a.quarters === undefined ? undefined : a.quarters / 4,
      })),
      applications: g.applications.map((a) => ({ date: iso(r + a.at), result: a.result })),
      reports: g.reports.map((p): Spoor2Report => {
        numbers[p.kind] = (numbers[p.kind] ?? 0) + 1;
        return { kind: p.kind, number: numbers[p.kind], date: iso(r + p.at) };
      }),
      outcome:
        g.outcome === null
          ? null
          : { kind: g.outcome.kind, date: g.outcome.at === null ? null : iso(r + g.outcome.at) },
      end: end === null ? null : iso(end),
    };
    return { spoor2, asOf: iso(r + g.asOf) };
  });

const assess = (spoor2: Spoor2Trajectory, asOf: string) => assessSpoor2({ spoor2 }, { asOf })!;
const shiftDate = (date: string, k: number) => iso(toDayNumber(date) + k);
const shiftOptional = <T extends string | null | undefined>(date: T, k: number) =>
  (typeof date === 'string' ? shiftDate(date, k) : date) as T;

function shift(t: Spoor2Trajectory, k: number): Spoor2Trajectory {
  return {
    ...t,
    referral: shiftDate(t.referral, k),
    intake: shiftOptional(t.intake, k),
    adReport: t.adReport && { ...t.adReport, date: shiftDate(t.adReport.date, k) },
    plan: t.plan && { ...t.plan, date: shiftDate(t.plan.date, k) },
    phases: t.phases?.map((p) => ({
      ...p,
      start: shiftDate(p.start, k),
      end: shiftOptional(p.end, k),
    })),
    activities: t.activities?.map((a) => ({ ...a, date: shiftDate(a.date, k) })),
    applications: t.applications?.map((a) => ({ ...a, date: shiftDate(a.date, k) })),
    reports: t.reports?.map((r) => ({ ...r, date: shiftDate(r.date, k) })),
    outcome: t.outcome && { ...t.outcome, date: shiftOptional(t.outcome.date, k) },
    end: shiftOptional(t.end, k),
  };
}

const WRITTEN_DATE =
  /\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|January|February|March|April|May|June|July|August|September|October|November|December) -?\d+/g;

/** An assessment with every date moved back by k days and the written dates in messages blanked. */
function unshifted(a: Spoor2Assessment, k: number) {
  const back = (p: { start: string; end: string }) => ({
    start: shiftDate(p.start, -k),
    end: shiftDate(p.end, -k),
  });
  return {
    ...a,
    asOf: shiftDate(a.asOf, -k),
    figures: {
      ...a.figures,
      lastActivity: shiftOptional(a.figures.lastActivity, -k),
      nextReportDue: shiftOptional(a.figures.nextReportDue, -k),
    },
    findings: a.findings.map((f) => ({
      ...f,
      ...(f.period && { period: back(f.period) }),
      ...(f.windows && { windows: f.windows.map(back) }),
      message: {
        nl: f.message.nl.replace(WRITTEN_DATE, 'D'),
        en: f.message.en.replace(WRITTEN_DATE, 'D'),
      },
    })),
  };
}

/** A seeded Fisher–Yates shuffle of a copy. */
function shuffled<T>(list: readonly T[] | undefined, seed: number): T[] {
  const out = [...(list ?? [])];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('properties of assessSpoor2', () => {
  it('adding an application never adds a few-applications window', () => {
    fc.assert(
      fc.property(
        trajectoryAndAsOf,
        fc.integer({ min: -20, max: 500 }),
        fc.constantFrom(...SPOOR2_APPLICATION_RESULTS),
        ({ spoor2, asOf }, at, result) => {
          const windows = (t: Spoor2Trajectory) =>
            assess(t, asOf)
              .findings.filter((f) => f.code === 'spoor-2/few-applications')
              .flatMap((f) => f.windows!.map((w) => `${w.start}/${w.end}`));
          const before = new Set(windows(spoor2));
          const added = {
            ...spoor2,
            applications: [
              ...spoor2.applications!,
              { date: shiftDate(spoor2.referral, at), result },
            ],
          };
          for (const w of windows(added)) expect(before.has(w)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('moving every date and the as-of date by k days moves every period by k and changes nothing else', () => {
    fc.assert(
      fc.property(
        trajectoryAndAsOf,
        fc.integer({ min: -3000, max: 3000 }),
        ({ spoor2, asOf }, k) => {
          const base = assess(spoor2, asOf);
          const moved = assess(shift(spoor2, k), shiftDate(asOf, k));
          expect(unshifted(moved, k)).toEqual(unshifted(base, 0));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the log', () => {
    fc.assert(
      fc.property(trajectoryAndAsOf, fc.integer(), ({ spoor2, asOf }, seed) => {
        const reordered = {
          ...spoor2,
          phases: shuffled(spoor2.phases, seed),
          activities: shuffled(spoor2.activities, seed + 1),
          applications: shuffled(spoor2.applications, seed + 2),
          reports: shuffled(spoor2.reports, seed + 3),
        };
        expect(assess(reordered, asOf)).toEqual(assess(spoor2, asOf));
      }),
      { numRuns: 300 },
    );
  });
});
