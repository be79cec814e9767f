import { describe, expect, it } from 'vitest';
import { parseWith } from '../messages/parse-with.js';
import { loonheffingennummerSchema } from './loonheffingennummer-schema.js';

describe('loonheffingennummerSchema', () => {
  it('accepts 9 digits, L and 2 digits', () => {
    expect(loonheffingennummerSchema.safeParse('001234567L01').success).toBe(true);
  });

  it('rejects other forms without repeating the value', () => {
    for (const value of ['987654321', '987654321l02', '87654321L02', '987654321L2', 'L02']) {
      const result = parseWith(loonheffingennummerSchema, value);
      expect(result.success).toBe(false);
      if (result.success) continue;
      expect(result.issues.map((i) => i.code)).toEqual(['loonheffingennummer/format']);
      expect(result.issues[0]?.message).not.toContain(value);
    }
  });
});
