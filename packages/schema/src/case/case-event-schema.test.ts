import type { CaseEvent, CaseEventType } from '@poortwachter/core';
import { INPUT_ISSUE_MESSAGES, pathText } from '@poortwachter/core';
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
      ['ground', 'field/required'],
      ['motivation', 'field/required'],
    ]);
    expect(
      problems({
        type: 'spoor-2-niet-nodig',
        date: '2025-06-02',
        ground: 'misschien',
        motivation: ' ',
      }),
    ).toEqual([
      ['ground', 'field/choice'],
      ['motivation', 'text/blank'],
    ]);
  });

  it('requires whole weeks ≥ 1 on vrijwillige-verlenging and 1 to 52 on loonsanctie', () => {
    expect(problems({ type: 'vrijwillige-verlenging', date: '2025-06-02' })).toEqual([
      ['weeks', 'field/required'],
    ]);
    expect(problems({ type: 'vrijwillige-verlenging', date: '2025-06-02', weeks: 0 })).toEqual([
      ['weeks', 'field/too-small'],
    ]);
    expect(problems({ type: 'vrijwillige-verlenging', date: '2025-06-02', weeks: 2.5 })).toEqual([
      ['weeks', 'field/integer'],
    ]);
    expect(problems({ type: 'vrijwillige-verlenging', date: '2025-06-02', weeks: 104 })).toEqual(
      [],
    );
    expect(problems({ type: 'loonsanctie', date: '2025-06-02', weeks: 53 })).toEqual([
      ['weeks', 'field/too-big'],
    ]);
    expect(problems({ type: 'loonsanctie', date: '2025-06-02', weeks: 0 })).toEqual([
      ['weeks', 'field/too-small'],
    ]);
    expect(problems({ type: 'loonsanctie', date: '2025-06-02', weeks: '4' })).toEqual([
      ['weeks', 'field/type'],
    ]);
  });

  it('rejects fields that belong to another type, and unknown fields', () => {
    expect(problems({ type: 'evaluatie', date: '2025-06-02', weeks: 3 })).toEqual([
      ['weeks', 'field/unknown'],
    ]);
    expect(problems({ type: 'evaluatie', date: '2025-06-02', ground: 'x', diagnose: 'x' })).toEqual(
      [
        ['ground', 'field/unknown'],
        ['diagnose', 'field/unknown'],
      ],
    );
  });

  it('rejects an unknown or missing type and a missing or impossible date', () => {
    expect(problems({ type: 'ontslag', date: '2025-06-02' })).toEqual([['type', 'field/choice']]);
    expect(problems({ date: '2025-06-02' })).toEqual([['type', 'field/required']]);
    expect(problems({ type: 'evaluatie' })).toEqual([['date', 'field/required']]);
    expect(problems({ type: 'evaluatie', date: '2025-02-29' })).toEqual([['date', 'date/invalid']]);
    expect(problems({ type: 'evaluatie', date: '2025-02-28T09:00:00Z' })).toEqual([
      ['date', 'date/has-time'],
    ]);
  });

  it("names the event types, and the grounds, in core's words when the value is not one of them", () => {
    const result = parseWith(caseEventSchema, { type: 'ontslag', date: '2025-06-02' });
    const list = ALL_TYPES.join(', ');
    expect(result).toEqual({
      success: false,
      issues: [
        {
          code: 'field/choice',
          path: ['type'],
          message: {
            nl: `${INPUT_ISSUE_MESSAGES['field/choice'].nl} Kies één van: ${list}.`,
            en: `${INPUT_ISSUE_MESSAGES['field/choice'].en} Choose one of: ${list}.`,
          },
        },
      ],
    });
    const ground = parseWith(caseEventSchema, {
      type: 'spoor-2-niet-nodig',
      date: '2025-06-02',
      ground: 'misschien',
      motivation: 'Toelichting.',
    });
    const grounds =
      'terugkeer-binnen-3-maanden, marginale-mogelijkheden, geen-benutbare-mogelijkheden, aow-binnen-jaar-na-wachttijd';
    expect(ground.success ? [] : ground.issues.map((i) => [i.code, i.path, i.message.en])).toEqual([
      [
        'field/choice',
        ['ground'],
        `${INPUT_ISSUE_MESSAGES['field/choice'].en} Choose one of: ${grounds}.`,
      ],
    ]);
  });
});
