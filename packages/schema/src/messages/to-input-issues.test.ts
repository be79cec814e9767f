import {
  INPUT_ISSUE_MESSAGES,
  type InputIssueCode,
  type LocalizedText,
  pathText,
} from '@poortwachter/core';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { caseSchema } from '../case/case-schema.js';
import { documentMessageParams } from '../documents/document-message-params.js';
import { DOCUMENT_MESSAGES } from '../documents/document-messages.js';
import { messageParams } from './message-params.js';
import { parseWith } from './parse-with.js';

/** Core's words for `code`, with the detail sentence when given, in both languages. */
const words = (code: InputIssueCode, nl?: string, en?: string): LocalizedText =>
  nl === undefined || en === undefined
    ? INPUT_ISSUE_MESSAGES[code]
    : {
        nl: `${INPUT_ISSUE_MESSAGES[code].nl} ${nl}`,
        en: `${INPUT_ISSUE_MESSAGES[code].en} ${en}`,
      };

/** The issues of a parse as `[code, path, message]`. */
const issues = (schema: z.ZodType, input: unknown) => {
  const result = parseWith(schema, input);
  return result.success ? [] : result.issues.map((i) => [i.code, i.path, i.message]);
};

const inCase = (extra: object) => ({ sickPeriods: [{ start: '2025-01-06' }], ...extra });

describe("the mapping of zod's codes to core's codes and words", () => {
  it('invalid_type: a missing field, a root that is no object, a wrong kind, a fraction', () => {
    const shape = z.strictObject({ name: z.string(), n: z.number().int().optional() });
    expect(issues(shape, {})).toEqual([['field/required', ['name'], words('field/required')]]);
    for (const root of [[], 'x', null, 42])
      expect(issues(shape, root)).toEqual([['field/not-object', [], words('field/not-object')]]);
    expect(issues(shape, { name: 'x', n: 1.5 })).toEqual([
      ['field/integer', ['n'], words('field/integer')],
    ]);
    const kinds = z.strictObject({
      text: z.string(),
      number: z.number(),
      yes: z.boolean(),
      object: z.strictObject({}),
      list: z.array(z.string()),
    });
    expect(issues(kinds, { text: 1, number: '1', yes: 'ja', object: [], list: {} })).toEqual([
      ['field/type', ['text'], words('field/type', 'Verwacht: tekst.', 'Expected: text.')],
      [
        'field/type',
        ['number'],
        words('field/type', 'Verwacht: een getal.', 'Expected: a number.'),
      ],
      [
        'field/type',
        ['yes'],
        words('field/type', 'Verwacht: true of false.', 'Expected: true or false.'),
      ],
      [
        'field/type',
        ['object'],
        words('field/type', 'Verwacht: een object { … }.', 'Expected: an object { … }.'),
      ],
      [
        'field/type',
        ['list'],
        words('field/type', 'Verwacht: een lijst [ … ].', 'Expected: a list [ … ].'),
      ],
    ]);
    // null is a value of the wrong kind, not a missing field.
    expect(issues(kinds.pick({ text: true }), { text: null })).toEqual([
      ['field/type', ['text'], words('field/type', 'Verwacht: tekst.', 'Expected: text.')],
    ]);
  });

  it('invalid_type under options: an invalid option, as core says; the options object and a list of days are fields', () => {
    const invalid = words('option/invalid');
    expect(issues(caseSchema, inCase({ options: { dueSoonDays: 'x' } }))).toEqual([
      ['option/invalid', ['options', 'dueSoonDays'], invalid],
    ]);
    expect(issues(caseSchema, inCase({ options: { dueSoonDays: 1.5 } }))).toEqual([
      ['option/invalid', ['options', 'dueSoonDays'], invalid],
    ]);
    expect(issues(caseSchema, inCase({ options: { spoor2: 5 } }))).toEqual([
      ['option/invalid', ['options', 'spoor2'], invalid],
    ]);
    expect(issues(caseSchema, inCase({ options: { spoor2: { reportEveryWeeks: '6' } } }))).toEqual([
      ['option/invalid', ['options', 'spoor2', 'reportEveryWeeks'], invalid],
    ]);
    expect(issues(caseSchema, inCase({ options: { workingDays: [] } }))).toEqual([
      ['option/invalid', ['options', 'workingDays'], invalid],
    ]);
    expect(issues(caseSchema, inCase({ options: 5 }))).toEqual([
      [
        'field/type',
        ['options'],
        words('field/type', 'Verwacht: een object { … }.', 'Expected: an object { … }.'),
      ],
    ]);
    expect(
      issues(caseSchema, inCase({ options: { workingDays: { nonWorkingDays: '2025-05-30' } } })),
    ).toEqual([
      [
        'field/type',
        ['options', 'workingDays', 'nonWorkingDays'],
        words('field/type', 'Verwacht: een lijst [ … ].', 'Expected: a list [ … ].'),
      ],
    ]);
  });

  it('invalid_value: a value not among the choices, or missing, names the choices', () => {
    const shape = z.strictObject({ pick: z.enum(['a', 'b']), one: z.literal('x').optional() });
    expect(issues(shape, { pick: 'c', one: 'y' })).toEqual([
      [
        'field/choice',
        ['pick'],
        words('field/choice', 'Kies één van: a, b.', 'Choose one of: a, b.'),
      ],
      ['field/choice', ['one'], words('field/choice', 'Kies één van: x.', 'Choose one of: x.')],
    ]);
    expect(issues(shape, {})).toEqual([
      [
        'field/required',
        ['pick'],
        words('field/required', 'Kies één van: a, b.', 'Choose one of: a, b.'),
      ],
    ]);
    expect(issues(caseSchema, inCase({ options: { startSpoor2: 'two-years' } }))).toEqual([
      [
        'option/invalid',
        ['options', 'startSpoor2'],
        words(
          'option/invalid',
          'Kies één van: werkwijzer, one-year.',
          'Choose one of: werkwijzer, one-year.',
        ),
      ],
    ]);
  });

  it('invalid_union: an unknown or missing discriminator names the choices at its path', () => {
    const union = z.strictObject({
      items: z.array(
        z.discriminatedUnion('type', [
          z.strictObject({ type: z.literal('x') }),
          z.strictObject({ type: z.literal('y'), n: z.number() }),
        ]),
      ),
    });
    expect(issues(union, { items: [{ type: 'x' }, { type: 'z' }, {}] })).toEqual([
      [
        'field/choice',
        ['items', 1, 'type'],
        words('field/choice', 'Kies één van: x, y.', 'Choose one of: x, y.'),
      ],
      [
        'field/required',
        ['items', 2, 'type'],
        words('field/required', 'Kies één van: x, y.', 'Choose one of: x, y.'),
      ],
    ]);
    // A field of another member is an unknown field of the member chosen.
    expect(issues(union, { items: [{ type: 'x', n: 1 }] })).toEqual([
      ['field/unknown', ['items', 0, 'n'], words('field/unknown')],
    ]);
    // A union without a discriminator: the value is of none of the kinds.
    expect(issues(z.union([z.string(), z.number()]), true)).toEqual([
      ['field/type', [], words('field/type')],
    ]);
  });

  it('unrecognized_keys: one issue per key with the key in the path, option/unknown under options', () => {
    const shape = z.strictObject({ a: z.string().optional(), sub: z.strictObject({}).optional() });
    expect(issues(shape, { diagnose: 1, sub: { klachten: 2, medicatie: 3 } })).toEqual([
      ['field/unknown', ['sub', 'klachten'], words('field/unknown')],
      ['field/unknown', ['sub', 'medicatie'], words('field/unknown')],
      ['field/unknown', ['diagnose'], words('field/unknown')],
    ]);
    expect(issues(shape, { '123456782': 1, 'twee woorden': 2 })).toEqual([
      ['field/unknown', ['…'], words('field/unknown')],
      ['field/unknown', ['…'], words('field/unknown')],
    ]);
    expect(issues(caseSchema, inCase({ options: { weekendDeadline: 'unchanged' } }))).toEqual([
      ['option/unknown', ['options', 'weekendDeadline'], words('option/unknown')],
    ]);
    expect(issues(caseSchema, inCase({ options: { spoor2: { intakeDays: 7 } } }))).toEqual([
      ['option/unknown', ['options', 'spoor2', 'intakeDays'], words('option/unknown')],
    ]);
  });

  it('too_small and too_big: the limit of a number (inclusive or not), a list or a text', () => {
    const shape = z.strictObject({
      n: z.number().min(1).max(52).optional(),
      hours: z.number().positive().lt(169).optional(),
      list: z.array(z.string()).min(1).max(2).optional(),
      text: z.string().min(2).max(3).optional(),
    });
    expect(issues(shape, { n: 0, hours: 0, list: [], text: 'a' })).toEqual([
      ['field/too-small', ['n'], words('field/too-small', 'Minstens 1.', 'At least 1.')],
      ['field/too-small', ['hours'], words('field/too-small', 'Meer dan 0.', 'More than 0.')],
      [
        'field/too-small',
        ['list'],
        words('field/too-small', 'Minstens 1 element.', 'At least 1 item.'),
      ],
      [
        'field/too-small',
        ['text'],
        words('field/too-small', 'Minstens 2 tekens.', 'At least 2 characters.'),
      ],
    ]);
    expect(issues(shape, { n: 53, hours: 169, list: ['a', 'b', 'c'], text: 'abcd' })).toEqual([
      ['field/too-big', ['n'], words('field/too-big', 'Hoogstens 52.', 'At most 52.')],
      ['field/too-big', ['hours'], words('field/too-big', 'Minder dan 169.', 'Less than 169.')],
      [
        'field/too-big',
        ['list'],
        words('field/too-big', 'Hoogstens 2 elementen.', 'At most 2 items.'),
      ],
      [
        'field/too-big',
        ['text'],
        words('field/too-big', 'Hoogstens 3 tekens.', 'At most 3 characters.'),
      ],
    ]);
    // Under options, as core says: an invalid option, without the limit.
    expect(issues(caseSchema, inCase({ options: { dueSoonDays: -1 } }))).toEqual([
      ['option/invalid', ['options', 'dueSoonDays'], words('option/invalid')],
    ]);
  });

  it('invalid_format: an impossible date, a date with a time, another format', () => {
    const shape = z.strictObject({
      a: z.iso.date().optional(),
      b: z.iso.date().optional(),
      c: z.iso.date().optional(),
      email: z.email().optional(),
    });
    expect(
      issues(shape, {
        a: '2025-02-30',
        b: '2025-01-01T14:50:48+01:00',
        c: '2025-01-01 09:00',
        email: 'x',
      }),
    ).toEqual([
      ['date/invalid', ['a'], words('date/invalid')],
      ['date/has-time', ['b'], words('date/has-time')],
      ['date/has-time', ['c'], words('date/has-time')],
      ['field/format', ['email'], words('field/format')],
    ]);
    expect(
      issues(caseSchema, inCase({ options: { workingDays: { nonWorkingDays: ['2025-13-01'] } } })),
    ).toEqual([
      ['date/invalid', ['options', 'workingDays', 'nonWorkingDays', 0], words('date/invalid')],
    ]);
  });

  it('custom: the code and words of the refinement; field/format without them', () => {
    const blank = z
      .string()
      .refine((s) => s.trim() !== '', { params: messageParams('text/blank') });
    expect(issues(blank, ' ')).toEqual([['text/blank', [], words('text/blank')]]);
    const part = z.string().superRefine((_, ctx) => {
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        params: documentMessageParams('document/part-not-referenceable'),
      });
    });
    expect(issues(part, 'x')).toEqual([
      [
        'document/part-not-referenceable',
        ['kind'],
        DOCUMENT_MESSAGES['document/part-not-referenceable'],
      ],
    ]);
    // A message with its detail (as core's checks give it) is kept whole.
    const withChoices = {
      nl: `${INPUT_ISSUE_MESSAGES['field/choice'].nl} Kies één van: a, b.`,
      en: `${INPUT_ISSUE_MESSAGES['field/choice'].en} Choose one of: a, b.`,
    };
    const detailed = z.string().refine(() => false, {
      params: { code: 'field/choice', message: withChoices },
    });
    expect(issues(detailed, 'c')).toEqual([['field/choice', [], withChoices]]);
    expect(
      issues(
        z.string().refine(() => false),
        'x',
      ),
    ).toEqual([['field/format', [], words('field/format')]]);
    expect(
      issues(
        z.string().refine(() => false, { params: { code: 'not/ours' } }),
        'x',
      ),
    ).toEqual([['field/format', [], words('field/format')]]);
  });

  it('a message a schema sets itself is neither shown nor a crash: the issue is read from its zod code', () => {
    const own = z.strictObject({
      a: z.string().refine(() => false, 'Fout in {value}: 123456782'),
      b: z.number().min(5, { error: (iss) => `Te klein: ${String(iss.input)}` }),
      c: z.enum(['x'], { error: 'Kies x' }),
    });
    const result = parseWith(own, { a: 'geheim', b: 1, c: 'y' });
    expect(
      result.success ? [] : result.issues.map((i) => [i.code, pathText(i.path ?? [])]),
    ).toEqual([
      ['field/format', 'a'],
      ['field/too-small', 'b'],
      ['field/choice', 'c'],
    ]);
    expect(JSON.stringify(result)).not.toMatch(/123456782|geheim|Te klein|Kies x/);
  });
});
