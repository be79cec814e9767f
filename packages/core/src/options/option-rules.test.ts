import { describe, expect, it } from 'vitest';
import { OPTION_RULES, type OptionRule } from './option-rules.js';

// The engine validates options against this table, the schema builds its option schema from it
// and the rules reference is generated from it: a duplicate name or value would go unnoticed in
// all three.
describe('OPTION_RULES', () => {
  const rows: readonly OptionRule[] = OPTION_RULES;

  it('names every option once, with a label and a source', () => {
    const names = rows.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of rows) {
      expect(r.label.nl).not.toBe('');
      expect(r.label.en).not.toBe('');
      expect(r.source).not.toBe('');
    }
  });

  it('gives every choice at least two distinct, described values (the first is the default)', () => {
    for (const r of rows) {
      if (r.kind !== 'choice') continue;
      const values = r.values.map((v) => v.value);
      expect(values.length).toBeGreaterThanOrEqual(2);
      expect(new Set(values).size).toBe(values.length);
      for (const v of r.values) expect(v.description.nl && v.description.en).toBeTruthy();
    }
  });

  it('gives every number a whole default of at least its minimum', () => {
    for (const r of rows) {
      if (r.kind !== 'integer') continue;
      expect(Number.isInteger(r.default) && r.default >= r.min).toBe(true);
    }
  });
});
