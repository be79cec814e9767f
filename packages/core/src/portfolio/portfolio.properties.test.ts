import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticCases } from '../../../../fixtures/synthetic/synthetic-cases.mjs';
import { toDayNumber, toIsoDate } from '../calendar/day-number.js';
import { checkCase } from '../findings/check-case.js';
import { assessSpoor2 } from '../spoor2/assess-spoor2.js';
import { SPOOR2_FINDING_RULES } from '../spoor2/spoor2-finding-rules.js';
import type { Spoor2Trajectory } from '../spoor2/spoor2-trajectory.js';
import type { Finding } from '../types.js';
import { mergePortfolioSummaries } from './merge-portfolio-summaries.js';
import { mergeWorkLists } from './merge-work-lists.js';
import type { PortfolioCase } from './portfolio-case.js';
import { cellValue } from './portfolio-cell.js';
import { portfolioWorkList } from './portfolio-work-list.js';
import { summarizePortfolio } from './summarize-portfolio.js';
import { HAND_MADE } from './test-helpers.js';
import { tracePortfolio } from './trace-portfolio.js';
import type { WorkItem } from './work-item.js';

// A pool of cases: 160 synthetic ones (40% with a trajectory of 30 entries) and the hand-made
// ones (PF-8 is invalid). Each property draws a portfolio from it.
const POOL: readonly PortfolioCase[] = [
  ...syntheticCases({ seed: 20251201, count: 160, trajectoryShare: 0.4, entriesPerTrajectory: 30 }),
  ...HAND_MADE,
];

const portfolio = fc.array(fc.nat(POOL.length - 1), { minLength: 0, maxLength: 40 });
const asOf = fc
  .integer({ min: toDayNumber('2023-06-01'), max: toDayNumber('2026-12-31') })
  .map(toIsoDate);
const settings = fc.record({
  asOf,
  window: fc.integer({ min: 0, max: 45 }),
  groupBy: fc.constantFrom(undefined, ['afdeling'], ['locatie', 'functiegroep', 'team']),
});
const json = (x: unknown) => JSON.stringify(x);
const cases = (picks: readonly number[]) => picks.map((i) => POOL[i]!);

/** Whether a spoor-2 finding is open on the as-of date, from the case file itself. */
function openSpoor2(f: Finding, c: PortfolioCase, day: string): boolean {
  const rule = SPOOR2_FINDING_RULES.find((r) => r.code === f.code);
  const t = c.spoor2;
  if (!rule || !t || f.period?.end !== day) return false;
  const known = (d: string | null | undefined) => d != null && d <= day;
  const test = rule.test;
  if (test.type === 'deadline') {
    const event = {
      intake: known(t.intake),
      plan: known(t.plan?.date),
      'eind-report': (t.reports ?? []).some((r) => r.kind === 'eind' && known(r.date)),
    } as Record<string, boolean>;
    return !event[test.event];
  }
  if (test.type === 'gaps') {
    const points =
      test.points === 'entries'
        ? [
            t.intake,
            ...(t.activities ?? []).map((a) => a.date),
            ...(t.applications ?? []).map((a) => a.date),
          ]
        : [
            t.plan?.date,
            ...(t.reports ?? [])
              .filter((r) => r.kind === 'voortgang' && t.plan && r.date >= t.plan.date)
              .map((r) => r.date),
          ];
    // Open: no point after the gap's start up to the as-of date.
    return !points.some((p) => known(p) && p! > f.period!.start);
  }
  return false;
}

/** Whether a finding asks for an action in the work list, read from its code (docs/guides/portfolio.md). */
function actionable(f: Finding, c: PortfolioCase, day: string, window: number): boolean {
  const what = f.code.slice(f.code.lastIndexOf('/') + 1);
  if (f.milestone !== undefined)
    return (
      what === 'overdue' ||
      what === 'due-soon' ||
      (what === 'no-decision' && f.severity === 'error')
    );
  if (f.code.startsWith('einde-dienstverband/'))
    return f.due! >= day && f.due! <= toIsoDate(toDayNumber(day) + window);
  return f.code.startsWith('spoor-2/') && openSpoor2(f, c, day);
}

const withoutItemFields = ({ ref, index, date, status, actor, raised, ...finding }: WorkItem) =>
  finding;

/** The trajectory as it would be if nothing happened after `day`. */
function frozen(t: Spoor2Trajectory, day: string): Spoor2Trajectory {
  const before = <T extends { date: string }>(list: readonly T[] | undefined) =>
    list?.filter((x) => x.date <= day);
  const out: Spoor2Trajectory = {
    ...t,
    activities: before(t.activities),
    applications: before(t.applications),
    reports: before(t.reports),
    phases: t.phases
      ?.filter((p) => p.start <= day)
      .map((p) => (p.end && p.end > day ? { ...p, end: null } : p)),
  };
  if (t.intake && t.intake > day) delete out.intake;
  if (t.plan && t.plan.date > day) delete out.plan;
  if (t.end && t.end > day) delete out.end;
  if (t.outcome?.date && t.outcome.date > day) delete out.outcome;
  return out;
}

describe('portfolio properties (fast-check, synthetic and hand-made cases)', () => {
  it('the summary of a union is the merge of the summaries of its parts, in any order', () => {
    fc.assert(
      fc.property(
        portfolio,
        settings,
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.nat(),
        (picks, s, cuts, turn) => {
          const list = cases(picks);
          const bounds = [
            0,
            ...cuts.map((c) => c % (list.length + 1)).sort((a, b) => a - b),
            list.length,
          ];
          const parts = bounds
            .slice(1)
            .map((end, k) =>
              summarizePortfolio(list.slice(bounds[k], end), { ...s, firstIndex: bounds[k] }),
            );
          const rotated = [
            ...parts.slice(turn % parts.length),
            ...parts.slice(0, turn % parts.length),
          ];
          const merged = mergePortfolioSummaries(
            rotated[0]!,
            ...rotated.slice(1).map((p) => JSON.parse(json(p))),
          );
          expect(json(merged)).toBe(json(summarizePortfolio(list, s)));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('the order of the cases never matters', () => {
    fc.assert(
      fc.property(
        portfolio.chain((picks) =>
          fc.tuple(fc.constant(picks), fc.shuffledSubarray(picks, { minLength: picks.length })),
        ),
        settings,
        ([picks, shuffled], s) => {
          expect(json(summarizePortfolio(cases(shuffled), s))).toBe(
            json(summarizePortfolio(cases(picks), s)),
          );
          const key = (i: WorkItem) => json({ ...i, index: 0 });
          const items = (p: number[]) => portfolioWorkList(cases(p), s).items.map(key).sort();
          expect(items(shuffled)).toEqual(items(picks));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('the work list is the union of the findings of checkCase that ask for an action, in the window', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(portfolio, settings, (picks, s) => {
        const list = portfolioWorkList(cases(picks), s);
        const end = toIsoDate(toDayNumber(s.asOf) + s.window);
        cases(picks).forEach((c, index) => {
          let findings: Finding[];
          try {
            findings = checkCase(c, { asOf: s.asOf, dueSoonDays: s.window });
          } catch {
            expect(list.items.filter((i) => i.index === index)).toEqual([]);
            return;
          }
          const items = list.items.filter((i) => i.index === index);
          const raised = items.filter((i) => i.raised).map(withoutItemFields);
          const expected = findings.filter((f) => actionable(f, c, s.asOf, s.window));
          expect(raised.map(json).sort()).toEqual(expected.map(json).sort());
          for (const f of expected)
            seen.add(
              /^(spoor-2|einde-dienstverband)\//.test(f.code)
                ? f.code.split('/')[0]!
                : f.code.replace(/^.*\//, ''),
            );
          for (const i of items) {
            expect(
              i.status === 'overdue' ? i.date < s.asOf : i.date >= s.asOf && i.date <= end,
            ).toBe(true);
            if (!i.raised)
              expect(i.code.startsWith('spoor-2/') && i.status === 'due-soon').toBe(true);
          }
        });
      }),
      { numRuns: 40 },
    );
    // The common kinds of action occurred: milestones overdue and due soon, a missing decision
    // on spoor 2, open spoor-2 findings (the report at the end of employment is rarer; the
    // work-list examples cover it).
    expect([...seen]).toEqual(
      expect.arrayContaining(['due-soon', 'no-decision', 'overdue', 'spoor-2']),
    );
  });

  it('a spoor-2 action due soon is raised the day after its date when nothing happens', () => {
    // One case with a trajectory at a time, viewed from 20 days before its referral to 400 after.
    const viewed = fc.constantFrom(...POOL.filter((c) => c.spoor2)).chain((c) =>
      fc.tuple(
        fc.constant(c),
        fc
          .integer({ min: -20, max: 400 })
          .map((k) => toIsoDate(toDayNumber(c.spoor2!.referral) + k)),
        fc.integer({ min: 0, max: 45 }),
      ),
    );
    let checked = 0;
    fc.assert(
      fc.property(viewed, ([c, day, window]) => {
        for (const item of portfolioWorkList([c], { asOf: day, window }).items.filter(
          (i) => !i.raised,
        )) {
          const still = { spoor2: frozen(c.spoor2!, day) };
          const next = toIsoDate(toDayNumber(item.date) + 1);
          const raised = assessSpoor2(still, { asOf: next })!.findings;
          expect(raised.some((f) => f.code === item.code && f.period?.end === next)).toBe(true);
          const onTheDay = assessSpoor2(still, { asOf: item.date })!.findings;
          expect(onTheDay.some((f) => f.code === item.code && f.period?.end === item.date)).toBe(
            false,
          );
          checked++;
        }
      }),
      { numRuns: 200 },
    );
    expect(checked).toBeGreaterThan(30);
  });

  it('work lists of parts merge into the work list of the whole', () => {
    fc.assert(
      fc.property(portfolio, settings, fc.nat(), (picks, s, cut) => {
        const list = cases(picks);
        const at = cut % (list.length + 1);
        const a = portfolioWorkList(list.slice(0, at), s);
        const b = portfolioWorkList(list.slice(at), { ...s, firstIndex: at });
        expect(json(mergeWorkLists(b, a))).toBe(json(portfolioWorkList(list, s)));
      }),
      { numRuns: 30 },
    );
  });

  it('the cases traced behind a cell add up to the cell', () => {
    const s = { asOf: '2025-09-01', groupBy: ['afdeling'] };
    const list = POOL.slice(0, 60);
    const summary = summarizePortfolio(list, s);
    const leaves = (node: unknown, path: string[]): string[][] =>
      typeof node === 'number'
        ? [path]
        : Object.entries(node as object).flatMap(([k, v]) => leaves(v, [...path, k]));
    const all = [
      ...leaves(summary.total, ['total']),
      ...leaves(summary.byMonth, ['byMonth']),
      ...leaves(summary.byGroup, ['byGroup']),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...all), (cell) => {
        const sum = tracePortfolio(list, cell, s).reduce((n, h) => n + h.value, 0);
        expect(sum).toBe(cellValue(summary, cell));
      }),
      { numRuns: 40 },
    );
  });
});
