import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { messageParams } from './message-params.js';
import { parseWith } from './parse-with.js';

describe('parseWith', () => {
  const schema = z.strictObject({
    list: z.array(z.strictObject({ when: z.iso.date() })),
    note: z.string().refine((s) => s !== 'x', { params: messageParams('text/blank') }),
  });

  it('returns the data when valid', () => {
    expect(parseWith(schema, { list: [{ when: '2025-01-06' }], note: 'ok' })).toEqual({
      success: true,
      data: { list: [{ when: '2025-01-06' }], note: 'ok' },
    });
  });

  it('returns issues with path, path text, our code for custom issues and zod code otherwise', () => {
    const result = parseWith(
      schema,
      { list: [{ when: '2025-01-06' }, { when: 5 }], note: 'x' },
      { lang: 'en' },
    );
    expect(result).toEqual({
      success: false,
      issues: [
        {
          path: ['list', 1, 'when'],
          pathText: 'list[1].when',
          code: 'invalid_type',
          message: 'Wrong kind of value: expected text, but this is a number.',
        },
        {
          path: ['note'],
          pathText: 'note',
          code: 'text/blank',
          message: 'This field must not be empty.',
        },
      ],
    });
  });

  it('keeps the input out of the issues', () => {
    const result = parseWith(schema, { list: [{ when: 'geheim-123456782' }], note: 'x' });
    expect(JSON.stringify(result)).not.toContain('123456782');
  });
});
