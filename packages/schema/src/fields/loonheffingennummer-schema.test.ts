import { INPUT_ISSUE_MESSAGES } from '@poortwachter/core';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../messages/parse-with.js';
import { loonheffingennummerSchema } from './loonheffingennummer-schema.js';

describe('loonheffingennummerSchema', () => {
  it('accepts 9 digits, L and 2 digits', () => {
    expect(loonheffingennummerSchema.safeParse('001234567L01').success).toBe(true);
  });

  it('rejects other forms with loonheffingennummer/format, without repeating the value', () => {
    for (const value of ['987654321', '987654321l02', '87654321L02', '987654321L2', 'L02']) {
      const result = parseWith(loonheffingennummerSchema, value);
      expect(result, value).toEqual({
        success: false,
        issues: [
          {
            code: 'loonheffingennummer/format',
            path: [],
            message: INPUT_ISSUE_MESSAGES['loonheffingennummer/format'],
          },
        ],
      });
      expect(JSON.stringify(result)).not.toContain(value);
    }
  });
});
