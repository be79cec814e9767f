import { pathText } from '@poortwachter/core';
import type { CaseEvent, CaseEventType } from '@poortwachter/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { parseWith } from '../messages/parse-with.js';
import { caseEventSchema } from './case-event-schema.js';

const ALL_TYPES: CaseEventType[] = [
  'ziekmelding-bedrijfsarts',
  'probleemanalyse',
  'plan-van-aanpak',
  'evaluatie',
  'ziekmelding-uwv',
  'eerstejaarsevaluatie',
  'start-spoor-2',
  'spoor-2-niet-nodig',
  'vervroegde-iva-aanvraag',
  'actueel-oordeel',
  'eindevaluatie',
  'wia-aanvraag',
  'vrijwillige-verlenging',
  'loonsanctie',
  'bekortingsbesluit',
  'einde-dienstverband',
];

const problems = (input: unknown) => {
  const result = parseWith(caseEventSchema, input);
  return result.success ? [] : result.issues.map((i) => [pathText(i.path ?? []), i.code]);
};

describe('caseEventSchema', () => {
  it("has exactly core's event types and fits core's CaseEvent", () => {
    expectTypeOf<z.infer<typeof caseEventSchema>['type']>().toEqualTypeOf<CaseEventType>();
    expectTypeOf<z.infer<typeof caseEventSchema>>().toExtend<CaseEvent>();
    expect(caseEventSchema.options.map((o) => o.shape.type.value)).toEqual(ALL_TYPES);
  });

  it('accepts every type with a date and an optional motivation', () => {
    const extra: Partial<Record<CaseEventType, object>> = {
      'spoor-2-niet-nodig': {
        ground: 'marginale-mogelijkheden',
        motivation: 'Blijvend marginaal.',
      },
      'vrijwillige-verlenging': { weeks: 13 },
      loonsanctie: { weeks: 52 },
    };
    for (const type of ALL_TYPES) {
      const base = { type, date: '2025-06-02', ...extra[type] };
      expect(problems(base), type).toEqual([]);
      expect(problems({ ...base, motivation: 'Toelichting.' }), type).toEqual([]);
    }
  });

  it('requires a ground and a non-empty motivation on spoor-2-niet-nodig', () => {
    expect(problems({ type: 'spoor-2-niet-nodig', date: '2025-06-02' })).toEqual([
      ['ground', 'invalid_value'],
      ['motivation', 'invalid_type'],
    ]);
    expect(
      problems({
        type: 'spoor-2-niet-nodig',
        date: '2025-06-02',
        ground: 'misschien',
        motivation: ' ',
      }),
    ).toEqual([
      ['ground', 'invalid_value'],
      ['motivation', 'text/blank'],
    ]);
  });

  it('requires whole weeks ≥ 1 on vrijwillige-verlenging and 1 to 52 on loonsanctie', () => {
    expect(problems({ type: 'vrijwillige-verlenging', date: '2025-06-02' })).toEqual([
      ['weeks', 'invalid_type'],
    ]);
    expect(problems({ type: 'vrijwillige-verlenging', date: '2025-06-02', weeks: 0 })).toEqual([
      ['weeks', 'too_small'],
    ]);
    expect(problems({ type: 'vrijwillige-verlenging', date: '2025-06-02', weeks: 2.5 })).toEqual([
      ['weeks', 'invalid_type'],
    ]);
    expect(problems({ type: 'vrijwillige-verlenging', date: '2025-06-02', weeks: 104 })).toEqual(
      [],
    );
    expect(problems({ type: 'loonsanctie', date: '2025-06-02', weeks: 53 })).toEqual([
      ['weeks', 'too_big'],
    ]);
    expect(problems({ type: 'loonsanctie', date: '2025-06-02', weeks: 0 })).toEqual([
      ['weeks', 'too_small'],
    ]);
  });

  it('rejects fields that belong to another type, and unknown fields', () => {
    expect(problems({ type: 'evaluatie', date: '2025-06-02', weeks: 3 })).toEqual([
      ['', 'unrecognized_keys'],
    ]);
    expect(problems({ type: 'evaluatie', date: '2025-06-02', diagnose: 'x' })).toEqual([
      ['', 'unrecognized_keys'],
    ]);
  });

  it('rejects an unknown or missing type and a missing or impossible date', () => {
    expect(problems({ type: 'ontslag', date: '2025-06-02' })).toEqual([['type', 'invalid_union']]);
    expect(problems({ date: '2025-06-02' })).toEqual([['type', 'invalid_union']]);
    expect(problems({ type: 'evaluatie' })).toEqual([['date', 'invalid_type']]);
    expect(problems({ type: 'evaluatie', date: '2025-02-29' })).toEqual([
      ['date', 'invalid_format'],
    ]);
  });
});
