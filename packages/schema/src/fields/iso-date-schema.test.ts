import { INPUT_ISSUE_MESSAGES, isIsoDate } from '@poortwachter/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../messages/parse-with.js';
import { isoDateSchema } from './iso-date-schema.js';

describe('isoDateSchema', () => {
  it('accepts real dates, leap days included', () => {
    for (const value of ['2025-01-06', '2024-02-29', '2000-02-29', '1999-12-31'])
      expect(isoDateSchema.safeParse(value).success).toBe(true);
  });

  it("rejects impossible dates and other notations with core's code and words", () => {
    for (const value of [
      '2025-02-30',
      '1900-02-29',
      '2025-13-01',
      '2025-00-10',
      '06-01-2025',
      '2025-1-6',
    ]) {
      expect(parseWith(isoDateSchema, value), value).toEqual({
        success: false,
        issues: [{ code: 'date/invalid', path: [], message: INPUT_ISSUE_MESSAGES['date/invalid'] }],
      });
    }
    expect(INPUT_ISSUE_MESSAGES['date/invalid']).toEqual({
      nl: 'Dit is geen bestaande datum in de vorm JJJJ-MM-DD.',
      en: 'This is not an existing date in the form YYYY-MM-DD.',
    });
  });

  it('tells a date with a time apart, and names the helper that converts an instant', () => {
    for (const value of ['2025-01-06T00:00:00Z', '2025-01-01T14:50:48+01:00', '2025-01-06 09:30']) {
      expect(parseWith(isoDateSchema, value), value).toEqual({
        success: false,
        issues: [
          { code: 'date/has-time', path: [], message: INPUT_ISSUE_MESSAGES['date/has-time'] },
        ],
      });
    }
    expect(INPUT_ISSUE_MESSAGES['date/has-time'].nl).toContain('alleen een datum, zonder tijd');
    expect(INPUT_ISSUE_MESSAGES['date/has-time'].en).toContain('dateInAmsterdam()');
  });

  it("agrees with core's isIsoDate on every string of the shape NNNN-NN-NN", () => {
    const dateLike = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
      )
      .map(
        ([y, m, d]) =>
          `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      );
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string()), (value) => {
        expect(isoDateSchema.safeParse(value).success).toBe(isIsoDate(value));
      }),
      { numRuns: 20000 },
    );
  });
});
