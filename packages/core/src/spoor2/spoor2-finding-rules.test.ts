import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Spoor2FindingRule } from './spoor2-finding-rule.js';
import { SPOOR2_FINDING_RULES, type Spoor2FindingCode } from './spoor2-finding-rules.js';

const rows: readonly Spoor2FindingRule[] = SPOOR2_FINDING_RULES;
const PLACEHOLDERS = new Set([
  'start',
  'end',
  'days',
  'limit',
  'count',
  'total',
  'perWeek',
  'windowDays',
  'part',
]);

describe('SPOOR2_FINDING_RULES', () => {
  it('has the findings of the rules, in their order, as a closed union of codes', () => {
    expect(rows.map((r) => r.code)).toEqual([
      'spoor-2/intake-late',
      'spoor-2/plan-late',
      'spoor-2/plan-incomplete',
      'spoor-2/narrow-zoekprofiel',
      'spoor-2/few-applications',
      'spoor-2/inactive',
      'spoor-2/report-gap',
      'spoor-2/no-eindrapportage',
      'spoor-2/no-ad-report',
    ]);
    expectTypeOf<'spoor-2/inactive'>().toExtend<Spoor2FindingCode>();
    expectTypeOf<'spoor-2/typo'>().not.toExtend<Spoor2FindingCode>();
  });

  it('gives every option exactly one row', () => {
    const options = rows.flatMap((r) => r.thresholds.map((t) => t.option));
    expect(new Set(options).size).toBe(options.length);
  });

  it('names in each test only the options of its own row, and only plan fields as agreed', () => {
    for (const row of rows) {
      const own = new Set<string>(row.thresholds.map((t) => t.option));
      const named = Object.entries(row.test)
        .filter(([key]) => ['limit', 'perWeek', 'window'].includes(key))
        .map(([, value]) => value as string);
      for (const option of named) expect(own.has(option), `${row.code}: ${option}`).toBe(true);
      for (const t of row.thresholds)
        expect(t.agreedInPlan, t.option).toBe(
          ['applicationsPerWeek', 'reportEveryWeeks'].includes(t.option),
        );
    }
  });

  it('has the templates its test type needs, with known placeholders only', () => {
    for (const row of rows) {
      const wanted =
        row.test.type === 'deadline'
          ? row.test.recordedLate
            ? ['late', 'missing']
            : ['missing']
          : ['main'];
      expect(Object.keys(row.message).sort(), row.code).toEqual(wanted.sort());
      for (const template of Object.values(row.message))
        for (const text of [template.nl, template.en])
          for (const [, key] of text.matchAll(/\{(\w+)\}/g))
            expect(PLACEHOLDERS.has(key!), `${row.code}: {${key}}`).toBe(true);
    }
  });

  it('says in the source when a guidance threshold comes from practice, not law', () => {
    for (const row of rows.filter((r) => r.kind === 'guidance'))
      expect(row.source, row.code).toMatch(/praktijk|richtlijn/i);
  });
});
