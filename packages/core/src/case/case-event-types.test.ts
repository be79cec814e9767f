import { describe, expect, it } from 'vitest';
import type { MilestoneRule } from '../rules/milestone-rule.js';
import { MILESTONE_RULES } from '../rules/milestone-rules.js';
import { CASE_EVENT_TYPES, type CaseEventTypeRow } from './case-event-types.js';

const rows: readonly CaseEventTypeRow[] = CASE_EVENT_TYPES;
const byType = (type: string) => rows.find((r) => r.type === type)!;

// validateCaseInput reads `requires`, the findings and explanations read `subject`: the facts
// other tables rely on must hold here.
describe('CASE_EVENT_TYPES', () => {
  it('names every event type once, with a label and a subject in both languages', () => {
    const types = rows.map((r) => r.type);
    expect(new Set(types).size).toBe(types.length);
    for (const r of rows)
      for (const text of [r.label, r.subject]) expect(text.nl && text.en, r.type).toBeTruthy();
  });

  it('requires a ground and a motivation of every skip event of the rule table', () => {
    const rules: readonly MilestoneRule[] = MILESTONE_RULES;
    const skips = rules.flatMap((r) => (r.skipEvent ? [r.skipEvent] : []));
    expect(skips).toEqual(['spoor-2-niet-nodig']);
    for (const skip of skips)
      expect([...byType(skip).requires].sort()).toEqual(['ground', 'motivation']);
  });

  it('requires weeks of the extensions counted in weeks, and of nothing else', () => {
    expect(rows.filter((r) => r.requires.includes('weeks')).map((r) => r.type)).toEqual([
      'vrijwillige-verlenging',
      'loonsanctie',
    ]);
  });
});
