import { assessSpoor2, computeTimeline, daysBetween, pathText } from '@poortwachter/core';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../bench/seeded-random.mjs';
import { syntheticCases } from '../../../../fixtures/synthetic/synthetic-cases.mjs';
import { syntheticTrajectory } from '../../../../fixtures/synthetic/synthetic-trajectory.mjs';
import { parseWith } from '../messages/parse-with.js';
import { parseCase } from './parse-case.js';
import { spoor2Schema } from './spoor2-schema.js';

const cases = [...syntheticCases({ seed: 20250106, count: 400, trajectoryShare: 0.4 })];

describe('the synthetic case generator (fixtures/synthetic)', () => {
  it('gives case files that are valid under caseSchema', () => {
    const invalid = cases.flatMap((c, i) => {
      const r = parseCase(c);
      return r.success
        ? []
        : [`case ${i}: ${r.issues.map((x) => `${pathText(x.path ?? [])} ${x.code}`).join('; ')}`];
    });
    expect(invalid).toEqual([]);
    for (const c of cases) expect(() => computeTimeline(c, { asOf: '2026-07-01' })).not.toThrow();
  });

  it('gives the same cases for the same seed, and others for another seed', () => {
    expect([...syntheticCases({ seed: 20250106, count: 50, trajectoryShare: 0.4 })]).toEqual(
      cases.slice(0, 50),
    );
    expect([...syntheticCases({ seed: 7, count: 50 })]).not.toEqual(cases.slice(0, 50));
  });

  it('looks like a portfolio: groups, recurrence, samentelling, new chains, recovery, late and motivated events', () => {
    // The days strictly between consecutive periods: 28 or more starts a new chain, fewer add up.
    const gaps = cases.map((c) => {
      const sorted = [...c.sickPeriods].sort((a, b) => (a.start < b.start ? -1 : 1));
      return sorted.slice(1).map((p, i) => daysBetween(sorted[i]!.end!, p.start) - 1);
    });
    const events = cases.flatMap((c) => c.events ?? []);
    expect(
      cases.every((c) => c.groups?.afdeling && c.groups.locatie && c.groups.functiegroep),
    ).toBe(true);
    expect(cases.filter((c) => c.sickPeriods.length > 1).length).toBeGreaterThan(100);
    expect(gaps.filter((g) => g.some((d) => d >= 28)).length).toBeGreaterThan(30); // a new chain
    expect(gaps.filter((g) => g.some((d) => d <= 27)).length).toBeGreaterThan(30); // samentelling
    expect(cases.filter((c) => c.sickPeriods.at(-1)?.end).length).toBeGreaterThan(100); // recovered
    expect(cases.some((c) => c.leavePeriods?.length)).toBe(true);
    expect(events.filter((e) => e.motivation).length).toBeGreaterThan(100);
    expect(new Set(events.map((e) => e.type)).size).toBeGreaterThanOrEqual(12);
  });

  it('uses invented people only: BSNs from the 99999 test range or none', () => {
    const bsns = cases.flatMap((c) => (c.employee?.bsn ? [c.employee.bsn] : []));
    expect(bsns.length).toBeGreaterThan(200);
    expect(bsns.every((b) => b.startsWith('99999'))).toBe(true);
    expect(cases.length - bsns.length).toBeGreaterThan(50);
  });

  it('gives trajectories with every outcome, still running too, that the engine assesses', () => {
    const trajectories = cases.flatMap((c) => (c.spoor2 ? [c.spoor2] : []));
    expect(trajectories.length).toBeGreaterThan(120);
    const outcomes = new Set(trajectories.map((t) => (t.end ? t.outcome?.kind : 'lopend')));
    expect([...outcomes].sort()).toEqual([
      'detachering',
      'geen',
      'lopend',
      'plaatsing',
      'proefplaatsing',
    ]);
    const codes = new Set(
      cases.flatMap(
        (c) => assessSpoor2(c, { asOf: '2026-07-01' })?.findings.map((f) => f.code) ?? [],
      ),
    );
    expect(codes.size).toBeGreaterThanOrEqual(8);
  });

  it('makes a trajectory of a given size, valid under spoor2Schema', () => {
    const random = seededRandom(3);
    for (const outcome of ['plaatsing', 'geen', 'lopend'] as const) {
      const t = syntheticTrajectory(random, { referral: '2025-02-03', entries: 200, outcome });
      expect(t.activities!.length + t.applications!.length).toBe(200);
      expect(parseWith(spoor2Schema, t).success, outcome).toBe(true);
    }
  });
});
