import { describe, expect, it } from 'vitest';
import { parseWith } from '../messages/parse-with.js';
import { textSchema } from './text-schema.js';

describe('textSchema', () => {
  it('accepts text and rejects empty or blank text with text/blank', () => {
    expect(textSchema.safeParse('Orderpicker').success).toBe(true);
    for (const value of ['', ' ', '\n\t ']) {
      const result = parseWith(textSchema, value);
      expect(result.success ? [] : result.issues.map((i) => [i.code, i.message])).toEqual([
        ['text/blank', 'Dit veld mag niet leeg zijn.'],
      ]);
    }
  });
});
