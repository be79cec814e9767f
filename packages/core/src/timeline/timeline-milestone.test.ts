import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../calendar/day-number.js';
import { createCaseContext, firstEvent } from '../case/case-context.js';
import { explainMilestone } from '../explain/explain-milestone.js';
import { MILESTONE_RULES } from '../rules/milestone-rules.js';
import type { Milestone } from '../types.js';
import { TimelineMilestone } from './timeline-milestone.js';
import type { TimelineRow } from './timeline-row.js';

// D1 Monday 6 January 2025, the problem analysis recorded late on 20 February (due sd(42) = 16 February).
const ctx = createCaseContext(
  {
    sickPeriods: [{ start: '2025-01-06' }],
    events: [{ type: 'probleemanalyse', date: '2025-02-20' }],
  },
  { asOf: '2025-03-01' },
);
const rule = MILESTONE_RULES.find((r) => r.id === 'probleemanalyse')!;
const due = toDayNumber('2025-02-16');
const row: TimelineRow = {
  rule,
  id: 'probleemanalyse',
  occurrence: null,
  label: rule.label,
  due,
  unrolledDue: due,
  windowStart: null,
  variant: null,
  windowVariant: null,
  event: firstEvent(ctx, 'probleemanalyse'),
  afterRow: null,
  afterDay: null,
};
const make = () =>
  new TimelineMilestone(
    row,
    { ctx, ext: { verlenging: 0 } },
    'done-late',
    null,
    null,
    '2025-02-16',
  );

describe('TimelineMilestone', () => {
  it('carries the contract fields of its row as plain data', () => {
    const m = make();
    expect({ ...m }).toEqual({
      id: 'probleemanalyse',
      windowStart: null,
      due: '2025-02-16',
      status: 'done-late',
      eventDate: '2025-02-20',
      kind: 'legal',
      actor: 'bedrijfsarts',
      label: { nl: 'Probleemanalyse', en: 'Problem analysis' },
      source: 'Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 2',
      ruleId: 'probleemanalyse',
      occurrence: null,
    });
  });

  it('works out its derivation when first read, once', () => {
    const m = make();
    const derivation = m.derivation;
    expect(derivation).toMatchObject({
      rule: 'probleemanalyse',
      due: { type: 'sick-day', sickDay: 42, date: '2025-02-16' },
      notApplicable: null,
    });
    expect(m.derivation).toBe(derivation);
  });

  it('explains itself in both languages from its derivation', () => {
    const m = make();
    expect(m.explanation).toEqual({
      nl: explainMilestone(m, 'nl'),
      en: explainMilestone(m, 'en'),
    });
    expect(m.explanation.nl).toBe('Ziektedag 42 valt op 16 februari 2025.');
  });

  it('serialises with its derivation and explanation, and nothing private', () => {
    const m = make();
    const json = JSON.parse(JSON.stringify(m)) as Milestone;
    expect(Object.keys(json)).toEqual([
      'id',
      'windowStart',
      'due',
      'status',
      'eventDate',
      'kind',
      'actor',
      'label',
      'source',
      'ruleId',
      'occurrence',
      'derivation',
      'explanation',
    ]);
    expect(json.derivation).toEqual(m.derivation);
    expect(json.explanation).toEqual(m.explanation);
  });
});
