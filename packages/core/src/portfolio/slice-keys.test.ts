import { describe, expect, it } from 'vitest';
import { MILESTONE_RULES } from '../rules/milestone-rules.js';
import { SPOOR2_PHASES } from '../spoor2/spoor2-phases.js';
import { SPOOR2_OUTCOME_KINDS } from '../spoor2/spoor2-values.js';
import {
  RULE_IDS,
  SPOOR2_CURRENT_PHASES,
  SPOOR2_OUTCOME_CATEGORIES,
  SPOOR2_PHASE_IDS,
} from './slice-keys.js';

// The keys are written so that a bundler can drop them from an app that does not count a
// portfolio (bench/footprint-retained.test.ts); these checks keep them equal to the tables
// they follow.
describe('the keys of a portfolio slice', () => {
  it('are the outcome kinds, then a running trajectory', () => {
    expect(SPOOR2_OUTCOME_CATEGORIES).toEqual([...SPOOR2_OUTCOME_KINDS, 'lopend']);
  });

  it('are the phases in table order, then afgerond', () => {
    expect(SPOOR2_PHASE_IDS).toEqual(SPOOR2_PHASES.map((p) => p.id));
    expect(SPOOR2_CURRENT_PHASES).toEqual([...SPOOR2_PHASE_IDS, 'afgerond']);
  });

  it('name every rule of the milestone table once, in table order', () => {
    expect(RULE_IDS).toEqual([...new Set(MILESTONE_RULES.map((r) => r.id))]);
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
  });
});
