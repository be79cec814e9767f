import { describe, expect, it } from 'vitest';
import type { MilestoneRule } from '../rules/milestone-rule.js';
import { computeTimelineResult } from './compute-timeline.js';

const row = (validFrom: string, validTo: string | null, n: number): MilestoneRule => ({
  id: 'melding',
  event: null,
  due: { type: 'sick-day', n, counting: 'sick-days' },
  kind: 'info',
  actor: 'UWV',
  label: { nl: 'Melding', en: 'Report' },
  subject: { nl: 'De melding', en: 'The report' },
  wording: 'date',
  source: 'test',
  rollsToWorkingDay: false,
  appliesAtAowAge: true,
  validFrom,
  validTo,
});

// A synthetic table: one id in two versions, the old rule in week 13 until 2009, the new one in
// week 42 from then on.
const TABLE: readonly MilestoneRule[] = [
  row('2000-01-01', '2009-01-01', 91),
  row('2009-01-01', null, 294),
];
const due = (d1: string) =>
  computeTimelineResult({ sickPeriods: [{ start: d1 }] }, { asOf: d1 }, TABLE).timeline
    .milestones[0];

describe('rule versions', () => {
  it('picks the row valid on the first sick day', () => {
    // D1 31 Dec 2008: the old row, sd(91) = D1 + 90 = 31 March 2009.
    expect(due('2008-12-31')?.due).toBe('2009-03-31');
    // D1 1 Jan 2009: the new row, sd(294) = D1 + 293 = 21 October 2009.
    expect(due('2009-01-01')?.due).toBe('2009-10-21');
  });

  it('warns and uses the earliest row before the table starts', () => {
    const r = computeTimelineResult(
      { sickPeriods: [{ start: '1999-06-01' }] },
      { asOf: '1999-06-01' },
      TABLE,
    );
    expect(r.timeline.milestones[0]?.due).toBe('1999-08-30'); // sd(91) = D1 + 90
    expect(r.timeline.warnings.map((w) => w.code)).toEqual(['rules/version']);
  });
});
