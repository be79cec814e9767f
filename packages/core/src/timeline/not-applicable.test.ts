import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../calendar/day-number.js';
import { createCaseContext } from '../case/case-context.js';
import type { MilestoneRule } from '../rules/milestone-rule.js';
import { MILESTONE_RULES } from '../rules/milestone-rules.js';
import type { CaseEvent } from '../types.js';
import { notApplicable } from './not-applicable.js';

const d = toDayNumber;
const rule = (id: string): MilestoneRule => MILESTONE_RULES.find((r) => r.id === id)!;
const ctx = (events: CaseEvent[] = []) =>
  createCaseContext({ sickPeriods: [{ start: '2025-01-06' }], events }, { asOf: '2025-06-01' });
const NO_AOW = { atStart: false, during: null };
const SKIP: CaseEvent = {
  type: 'spoor-2-niet-nodig',
  date: '2025-12-20',
  ground: 'marginale-mogelijkheden',
  motivation: 'Blijvend marginale mogelijkheden volgens de bedrijfsarts.',
};
const START_DUE = d('2026-02-15');

describe('notApplicable', () => {
  it('applies by default', () => {
    expect(notApplicable(rule('probleemanalyse'), ctx(), d('2025-02-16'), NO_AOW)).toBeNull();
  });

  it('AOW age at the first sick day: only the rows that do not apply then', () => {
    const atStart = { atStart: true, during: null };
    expect(notApplicable(rule('plan-van-aanpak'), ctx(), d('2025-03-02'), atStart)).toEqual({
      reason: 'aow-at-start',
    });
    // The problem analysis and the end of the waiting period still apply at AOW age.
    expect(notApplicable(rule('probleemanalyse'), ctx(), d('2025-02-16'), atStart)).toBeNull();
    expect(notApplicable(rule('einde-wachttijd'), ctx(), d('2025-02-16'), atStart)).toBeNull();
  });

  it('a recorded skip ground, unless the milestone’s own event is recorded', () => {
    expect(notApplicable(rule('start-spoor-2'), ctx([SKIP]), START_DUE, NO_AOW)).toEqual({
      reason: 'skip-ground',
      ground: 'marginale-mogelijkheden',
      date: '2025-12-20',
    });
    expect(
      notApplicable(
        rule('start-spoor-2'),
        ctx([SKIP, { type: 'start-spoor-2', date: '2025-11-01' }]),
        START_DUE,
        NO_AOW,
      ),
    ).toBeNull();
    // A row without a skip event ignores it.
    expect(
      notApplicable(rule('eerstejaarsevaluatie'), ctx([SKIP]), d('2026-01-04'), NO_AOW),
    ).toBeNull();
  });

  it('AOW age during the case: the milestones due after the AOW date', () => {
    const during = { atStart: false, during: d('2025-12-01') };
    expect(notApplicable(rule('start-spoor-2'), ctx(), START_DUE, during)).toEqual({
      reason: 'aow-during-case',
      aowDate: '2025-12-01',
    });
    // Due on the AOW date itself, or not reached: it still applies.
    expect(notApplicable(rule('start-spoor-2'), ctx(), d('2025-12-01'), during)).toBeNull();
    expect(notApplicable(rule('start-spoor-2'), ctx(), null, during)).toBeNull();
  });

  it('names AOW at the start before a skip ground, and a skip ground before AOW during the case', () => {
    expect(
      notApplicable(rule('start-spoor-2'), ctx([SKIP]), START_DUE, { atStart: true, during: null }),
    ).toEqual({ reason: 'aow-at-start' });
    expect(
      notApplicable(rule('start-spoor-2'), ctx([SKIP]), START_DUE, {
        atStart: false,
        during: d('2025-12-01'),
      }),
    ).toMatchObject({ reason: 'skip-ground' });
  });
});
