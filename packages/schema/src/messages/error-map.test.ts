import { INPUT_ISSUE_MESSAGES, type InputIssueCode, type Lang } from '@poortwachter/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { caseSchema } from '../case/case-schema.js';
import { errorMap } from './error-map.js';
import { messageParams } from './message-params.js';
import { parseWith } from './parse-with.js';

const messages = (schema: z.ZodType, input: unknown, lang: Lang): string[] => {
  const result = schema.safeParse(input, { error: errorMap(lang) });
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

/** Core's words for `code` in `lang`, with a detail sentence when given. */
const words = (lang: Lang, code: InputIssueCode, detail?: { nl: string; en: string }): string =>
  detail ? `${INPUT_ISSUE_MESSAGES[code][lang]} ${detail[lang]}` : INPUT_ISSUE_MESSAGES[code][lang];

const shape = z.strictObject({
  name: z.string(),
  n: z.number().int().min(1).max(52).optional(),
  pick: z.enum(['a', 'b']).optional(),
  when: z.iso.date().optional(),
  note: z
    .string()
    .refine((s) => s.trim() !== '', { params: messageParams('text/blank') })
    .optional(),
});

describe('errorMap', () => {
  it.each(['nl', 'en'] as const)("words every problem with core's words in %s", (lang) => {
    expect(messages(shape, {}, lang)).toEqual([words(lang, 'field/required')]);
    expect(messages(shape, [], lang)).toEqual([words(lang, 'field/not-object')]);
    expect(messages(shape, { name: 42 }, lang)).toEqual([
      words(lang, 'field/type', { nl: 'Verwacht: tekst.', en: 'Expected: text.' }),
    ]);
    expect(messages(shape, { name: 'x', n: 1.5 }, lang)).toEqual([words(lang, 'field/integer')]);
    expect(messages(shape, { name: 'x', n: 0 }, lang)).toEqual([
      words(lang, 'field/too-small', { nl: 'Minstens 1.', en: 'At least 1.' }),
    ]);
    expect(messages(shape, { name: 'x', n: 53 }, lang)).toEqual([
      words(lang, 'field/too-big', { nl: 'Hoogstens 52.', en: 'At most 52.' }),
    ]);
    expect(messages(shape, { name: 'x', pick: 'c' }, lang)).toEqual([
      words(lang, 'field/choice', { nl: 'Kies één van: a, b.', en: 'Choose one of: a, b.' }),
    ]);
    expect(messages(shape, { name: 'x', when: '2025-02-30' }, lang)).toEqual([
      words(lang, 'date/invalid'),
    ]);
    expect(messages(shape, { name: 'x', when: '2025-01-01T14:50:48+01:00' }, lang)).toEqual([
      words(lang, 'date/has-time'),
    ]);
    expect(messages(shape, { name: 'x', note: ' ' }, lang)).toEqual([words(lang, 'text/blank')]);
  });

  it('gives several unknown keys of one object one sentence, without their names', () => {
    expect(messages(shape, { name: 'x', diagnose: 1, klachten: 2 }, 'nl')).toEqual([
      words('nl', 'field/unknown'),
    ]);
    const result = shape.safeParse({ name: 'x', diagnose: 1 }, { error: errorMap('en') });
    expect(result.error?.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ['unrecognized_keys', [], words('en', 'field/unknown')],
    ]);
  });

  it('uses the same words as parseWith for the same problem, and Dutch by default', () => {
    const inputs: unknown[] = [
      { sickPeriods: [{ start: '2025-02-30' }] },
      { sickPeriods: [] },
      { sickPeriods: [{ start: '2025-01-06' }], employee: { bsn: '123456789', hoursPerWeek: 0 } },
      { sickPeriods: [{ start: '2025-01-06' }], events: [{ type: 'ontslag', date: '2025-02-01' }] },
      { sickPeriods: [{ start: '2025-01-06' }], options: { dueSoonDays: 'x', startSpoor2: 'y' } },
      { sickPeriods: [{ start: '2025-03-10', end: '2025-03-01' }] },
    ];
    for (const input of inputs) {
      const parsed = parseWith(caseSchema, input);
      const expected = parsed.success ? [] : parsed.issues.map((i) => i.message);
      expect(messages(caseSchema, input, 'nl'), JSON.stringify(input)).toEqual(
        expected.map((m) => m.nl),
      );
      expect(messages(caseSchema, input, 'en'), JSON.stringify(input)).toEqual(
        expected.map((m) => m.en),
      );
      const byDefault = caseSchema.safeParse(input, { error: errorMap() });
      expect(byDefault.error?.issues.map((i) => i.message)).toEqual(expected.map((m) => m.nl));
    }
  });

  it('never puts the input in a message', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9]\d{8}$/),
        fc.constantFrom<Lang>('nl', 'en'),
        (bsn, lang) => {
          const inputs = [
            { name: bsn, n: bsn, pick: bsn, when: bsn, note: bsn },
            { name: Number(bsn), [bsn]: bsn },
            bsn,
          ];
          for (const input of inputs)
            for (const message of messages(shape, input, lang)) expect(message).not.toContain(bsn);
        },
      ),
      { numRuns: 200 },
    );
  });
});
