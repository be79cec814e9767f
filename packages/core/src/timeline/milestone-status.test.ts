import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../calendar/day-number.js';
import type { DatedEvent } from '../case/case-context.js';
import type { MilestoneRule } from '../rules/milestone-rule.js';
import { MILESTONE_RULES } from '../rules/milestone-rules.js';
import { milestoneStatus } from './milestone-status.js';

const d = toDayNumber;
const rule = (id: string): MilestoneRule => MILESTONE_RULES.find((r) => r.id === id)!;
const PA = rule('probleemanalyse'); // legal, with an event
const DUE = d('2025-02-16');
const event = (date: string, motivation?: string): DatedEvent => ({
  day: d(date),
  event: { type: 'probleemanalyse', date, motivation },
});
/** The status of the problem analysis (or another row) on `asOf`, still sick, 14 days ahead. */
const status = (
  asOf: string,
  opts: {
    rule?: MilestoneRule;
    due?: number | null;
    event?: DatedEvent;
    applies?: boolean;
    last?: string;
  } = {},
) =>
  milestoneStatus(
    opts.rule ?? PA,
    opts.due === undefined ? DUE : opts.due,
    opts.event,
    opts.applies ?? true,
    opts.last === undefined ? null : d(opts.last),
    d(asOf),
    14,
  );

describe('milestoneStatus', () => {
  it('without an event: upcoming, due-soon from due − 14, overdue after due', () => {
    expect(status('2025-02-01')).toBe('upcoming'); // 15 days before
    expect(status('2025-02-02')).toBe('due-soon'); // 16 Feb − 14
    expect(status('2025-02-16')).toBe('due-soon'); // the due date itself
    expect(status('2025-02-17')).toBe('overdue');
  });

  it('with an event: done on or before due, late after it, with or without a motivation', () => {
    expect(status('2025-01-10', { event: event('2025-02-16') })).toBe('done'); // whatever asOf
    expect(status('2025-03-01', { event: event('2025-02-17') })).toBe('done-late');
    expect(status('2025-03-01', { event: event('2025-02-17', 'Bedrijfsarts afwezig.') })).toBe(
      'late-with-motivation',
    );
    // A motivation of spaces only is none.
    expect(status('2025-03-01', { event: event('2025-02-17', '   ') })).toBe('done-late');
    // An event without a due date (not reached) is done.
    expect(status('2025-03-01', { due: null, event: event('2025-02-17') })).toBe('done');
  });

  it('not-reached when there is no due date or the sickness ended before it', () => {
    expect(status('2025-03-01', { due: null })).toBe('not-reached');
    expect(status('2025-03-01', { last: '2025-02-15' })).toBe('not-reached');
    // Recovered on the due date itself: the duty arose.
    expect(status('2025-03-01', { last: '2025-02-16' })).toBe('overdue');
  });

  it('passed, never overdue, for a date without an event and for info and option rows', () => {
    const after = { due: d('2026-09-21') };
    expect(status('2026-10-01', { ...after, rule: rule('einde-wachttijd') })).toBe('passed');
    expect(status('2026-10-01', { ...after, rule: rule('wia-informatiebrief') })).toBe('passed');
    expect(status('2026-10-01', { ...after, rule: rule('vervroegde-iva-aanvraag') })).toBe(
      'passed',
    );
    expect(status('2026-09-20', { ...after, rule: rule('wia-informatiebrief') })).toBe('due-soon');
  });

  it('not-applicable before anything else', () => {
    expect(status('2025-03-01', { applies: false, event: event('2025-02-01') })).toBe(
      'not-applicable',
    );
  });

  it('uses the due-soon horizon it is given', () => {
    expect(milestoneStatus(PA, DUE, undefined, true, null, d('2025-02-16'), 0)).toBe('due-soon');
    expect(milestoneStatus(PA, DUE, undefined, true, null, d('2025-02-15'), 0)).toBe('upcoming');
  });
});
