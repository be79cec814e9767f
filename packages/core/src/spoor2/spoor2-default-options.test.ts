import { describe, expect, it } from 'vitest';
import { SPOOR2_DEFAULT_OPTIONS, SPOOR2_THRESHOLDS } from './spoor2-default-options.js';
import type { Spoor2FindingRule } from './spoor2-finding-rule.js';
import { SPOOR2_FINDING_RULES } from './spoor2-finding-rules.js';
import type { Spoor2Options } from './spoor2-options.js';

describe('SPOOR2_THRESHOLDS', () => {
  it('keys every threshold of the finding rows by its own option', () => {
    const rows: readonly Spoor2FindingRule[] = SPOOR2_FINDING_RULES;
    const all = rows.flatMap((r) => r.thresholds);
    expect(Object.keys(SPOOR2_THRESHOLDS).sort()).toEqual(all.map((t) => t.option).sort());
    for (const t of all) expect(SPOOR2_THRESHOLDS[t.option]).toBe(t);
  });
});

describe('SPOOR2_DEFAULT_OPTIONS', () => {
  it('holds the default of every threshold, as docs/rules.md §7 gives them', () => {
    expect(SPOOR2_DEFAULT_OPTIONS).toEqual({
      intakeWithinDays: 14,
      planWithinDays: 42,
      minZoekprofielFunctions: 2,
      applicationsPerWeek: 1,
      applicationWindowDays: 28,
      maxActivityGapDays: 28,
      reportEveryWeeks: 6,
      eindrapportageWithinDays: 14,
    } satisfies Spoor2Options);
  });
});
