import { INPUT_ISSUE_MESSAGES } from '@poortwachter/core';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../messages/parse-with.js';
import { textSchema } from './text-schema.js';

describe('textSchema', () => {
  it('accepts text and rejects empty or blank text with text/blank, in Dutch and English', () => {
    expect(textSchema.safeParse('Orderpicker').success).toBe(true);
    for (const value of ['', ' ', '\n\t ']) {
      expect(parseWith(textSchema, value)).toEqual({
        success: false,
        issues: [{ code: 'text/blank', path: [], message: INPUT_ISSUE_MESSAGES['text/blank'] }],
      });
    }
    expect(INPUT_ISSUE_MESSAGES['text/blank']).toEqual({
      nl: 'Dit veld mag niet leeg zijn.',
      en: 'This field must not be empty.',
    });
  });
});
