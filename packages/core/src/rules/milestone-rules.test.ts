import { describe, expect, it } from 'vitest';
import { OPTION_RULES } from '../options/option-rules.js';
import type { MilestoneRule } from './milestone-rule.js';
import { MILESTONE_RULES } from './milestone-rules.js';

// The engine and the findings only read this table, so a row that names something that does
// not exist fails silently: a variant whose option value is misspelt never applies (its `value`
// is a plain string), a series counted after a row that comes later has nothing to count from.
const rows: readonly MilestoneRule[] = MILESTONE_RULES;

describe('MILESTONE_RULES', () => {
  it('has the milestones of the rules, in their order', () => {
    expect(rows.map((r) => r.id)).toEqual([
      'ziekmelding-bedrijfsarts',
      'probleemanalyse',
      'plan-van-aanpak',
      'evaluatie',
      'ziekmelding-uwv',
      'eerstejaarsevaluatie',
      'start-spoor-2',
      'vervroegde-iva-aanvraag',
      'wia-informatiebrief',
      'actueel-oordeel',
      'eindevaluatie',
      'wia-aanvraag',
      'einde-wachttijd',
    ]);
  });

  it('never has two rows of one id valid on the same first sick day', () => {
    for (const a of rows)
      for (const b of rows) {
        if (a === b || a.id !== b.id) continue;
        const overlap =
          (a.validTo === null || b.validFrom < a.validTo) &&
          (b.validTo === null || a.validFrom < b.validTo);
        expect(overlap, `${a.id} ${a.validFrom} / ${b.validFrom}`).toBe(false);
      }
  });

  it('names only real option values in its variants, replacing an anchor the row has', () => {
    for (const r of rows)
      for (const v of r.variants ?? []) {
        const option = OPTION_RULES.find((o) => o.name === v.option);
        expect(option?.kind, `${r.id}: ${v.option}`).toBe('choice');
        if (option?.kind !== 'choice') continue;
        expect(option.values.map((x) => x.value)).toContain(v.value);
        // The default reading is the row itself: a variant on it would never differ.
        expect(v.value).not.toBe(option.values[0].value);
        expect(v.due !== undefined || v.windowStart !== undefined).toBe(true);
        if (v.windowStart) expect(r.windowStart, r.id).toBeDefined();
      }
  });

  it('counts a series after a row that comes before it and has an event', () => {
    for (const [i, r] of rows.entries()) {
      if (r.due.type !== 'recurring') continue;
      const after = r.due.after;
      const j = rows.findIndex((x) => x.id === after);
      expect(j, r.id).toBeGreaterThanOrEqual(0);
      expect(j).toBeLessThan(i);
      expect(r.event).not.toBeNull();
    }
  });

  it('gives a skip event only to a row with its own, different event', () => {
    for (const r of rows.filter((x) => x.skipEvent !== undefined)) {
      expect(r.event).not.toBeNull();
      expect(r.skipEvent).not.toBe(r.event);
    }
  });

  it('lets a late event extend the waiting period only for a row with an event', () => {
    for (const r of rows.filter((x) => x.lateEventExtendsWaitingPeriod))
      expect(r.event).not.toBeNull();
  });
});
