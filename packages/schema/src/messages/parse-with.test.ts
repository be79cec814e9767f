import { INPUT_ISSUE_MESSAGES, validateCaseInput } from '@poortwachter/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { caseSchema } from '../case/case-schema.js';
import { messageParams } from './message-params.js';
import { parseWith } from './parse-with.js';

describe('parseWith', () => {
  const schema = z.strictObject({
    list: z.array(z.strictObject({ when: z.iso.date() })),
    note: z.string().refine((s) => s !== 'x', { params: messageParams('text/blank') }),
    n: z.number().int().min(1).max(52).optional(),
    pick: z.enum(['a', 'b']).optional(),
  });

  it('returns the data when valid', () => {
    expect(parseWith(schema, { list: [{ when: '2025-01-06' }], note: 'ok' })).toEqual({
      success: true,
      data: { list: [{ when: '2025-01-06' }], note: 'ok' },
    });
  });

  it('returns issues in the one shape: code, path as an array, message in both languages', () => {
    const result = parseWith(schema, { list: [{ when: '2025-01-06' }, { when: 5 }], note: 'x' });
    expect(result).toEqual({
      success: false,
      issues: [
        {
          code: 'field/type',
          path: ['list', 1, 'when'],
          message: {
            nl: 'Verkeerd soort waarde voor dit veld. Verwacht: tekst.',
            en: 'Wrong kind of value for this field. Expected: text.',
          },
        },
        { code: 'text/blank', path: ['note'], message: INPUT_ISSUE_MESSAGES['text/blank'] },
      ],
    });
  });

  it('maps zod’s codes to ours, with the limits and choices, one issue per unknown key', () => {
    const codes = (input: unknown) => {
      const r = parseWith(schema, input);
      return r.success ? [] : r.issues.map((i) => [i.code, i.path, i.message.en]);
    };
    expect(codes({ list: [], note: 'ok', n: 0, pick: 'c', extra: 1, other: 2 })).toEqual([
      ['field/too-small', ['n'], 'This value is too small. At least 1.'],
      ['field/choice', ['pick'], 'Invalid value for this field. Choose one of: a, b.'],
      ['field/unknown', ['extra'], 'Unknown field: remove it or check the spelling.'],
      ['field/unknown', ['other'], 'Unknown field: remove it or check the spelling.'],
    ]);
    expect(codes({ note: 'ok', list: [{ when: '2025-01-06T10:00:00Z' }], n: 1.5 })).toEqual([
      ['date/has-time', ['list', 0, 'when'], INPUT_ISSUE_MESSAGES['date/has-time'].en],
      ['field/integer', ['n'], 'This must be a whole number.'],
    ]);
    expect(codes([])).toEqual([['field/not-object', [], 'The input must be a JSON object: { … }.']]);
    expect(codes({ note: 'ok' })).toEqual([['field/required', ['list'], 'This field is required.']]);
  });

  it('words a problem as core does', () => {
    // The same unknown field, found by the schema and by core's own check.
    const input = { sickPeriods: [{ start: '2025-01-06' }], employee: { diagnose: 'x' } };
    const fromSchema = parseWith(caseSchema, input);
    expect(fromSchema.success ? [] : fromSchema.issues).toEqual(validateCaseInput(input));
    const option = { sickPeriods: [{ start: '2025-01-06' }], options: { weekendDeadlines: 'roll' } };
    const fromSchema2 = parseWith(caseSchema, option);
    expect(fromSchema2.success ? [] : fromSchema2.issues).toEqual(validateCaseInput(option));
  });

  it('keeps the input out of the issues, also an unknown key that is not a plain name', () => {
    const result = parseWith(schema, {
      list: [{ when: 'geheim-123456782' }],
      note: 'x',
      '123456782': 'bsn',
    });
    expect(JSON.stringify(result)).not.toContain('123456782');
  });
});
