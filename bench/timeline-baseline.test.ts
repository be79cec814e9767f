import { computeTimeline } from '@poortwachter/core';
import { describe, expect, it } from 'vitest';
import { randomCases } from './random-cases.mjs';
import { baselineTimeline } from './timeline-baseline.mjs';
import { timelineDifference } from './timeline-difference.mjs';
import { TIMELINE_WORKLOAD } from './timeline-workload.mjs';

const { asOf, seed } = TIMELINE_WORKLOAD;
const cases = randomCases(300, seed);

describe('the timeline benchmark baseline', () => {
  it('gives the same timelines as computeTimeline on 300 seeded cases', () => {
    const differences = cases.flatMap((c, i) => {
      const d = timelineDifference(computeTimeline(c, { asOf }), baselineTimeline(c, { asOf }));
      return d === null ? [] : [`case ${i}: ${d}`];
    });
    expect(differences).toEqual([]);
  });

  it('is compared on cases that reach every kind of status, gaps and extensions', () => {
    const statuses = new Set(
      cases.flatMap((c) => computeTimeline(c, { asOf }).milestones.map((m) => m.status)),
    );
    expect([...statuses].sort()).toEqual(
      expect.arrayContaining([
        'done',
        'done-late',
        'late-with-motivation',
        'not-applicable',
        'not-reached',
        'overdue',
        'passed',
        'upcoming',
      ]),
    );
    expect(cases.some((c) => c.sickPeriods.length > 1)).toBe(true);
    expect(cases.some((c) => c.events?.some((e) => e.type === 'vrijwillige-verlenging'))).toBe(
      true,
    );
    expect(cases.some((c) => c.leavePeriods !== undefined)).toBe(true);
  });

  it('is checked by a comparison that notices a changed due date', () => {
    const c = { sickPeriods: [{ start: '2025-01-06' }] };
    const actual = baselineTimeline(c, { asOf });
    actual.milestones = actual.milestones.map((m) =>
      m.id === 'probleemanalyse' ? { ...m, due: '1999-01-01' } : m,
    );
    expect(timelineDifference(computeTimeline(c, { asOf }), actual)).toBe(
      'milestones.probleemanalyse.due: expected "2025-02-16", got "1999-01-01"',
    );
  });

  it('counts samentelling, working days and the 104 weeks like the engine on a worked example', () => {
    const t = baselineTimeline(
      { sickPeriods: [{ start: '2025-01-06', end: '2025-02-02' }, { start: '2025-02-17' }] },
      { asOf: '2025-09-01' },
    );
    // 14 gap days: every sick-day deadline after the gap moves 14 days later (C4).
    expect(t.milestones.find((m) => m.id === 'probleemanalyse')?.due).toBe('2025-03-02');
    expect(t.waitingPeriod).toEqual({ lastDay: '2027-01-17', firstDayAfter: '2027-01-18' });
  });
});
