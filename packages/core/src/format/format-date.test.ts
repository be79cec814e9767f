import { describe, expect, it } from 'vitest';
import { PoortwachterInputError } from '../input/poortwachter-input-error.js';
import { formatDate } from './format-date.js';

describe('formatDate', () => {
  it('writes a date as people read it, Dutch by default', () => {
    expect(formatDate('2025-02-16')).toBe('16 februari 2025');
    expect(formatDate('2025-02-16', 'en')).toBe('16 February 2025');
    expect(formatDate('2024-02-29', 'nl')).toBe('29 februari 2024');
  });

  it('puts the weekday first only with weekday: true', () => {
    expect(formatDate('2025-11-10', 'nl', { weekday: true })).toBe('maandag 10 november 2025');
    expect(formatDate('2025-11-10', 'en', { weekday: true })).toBe('Monday 10 November 2025');
    expect(formatDate('2025-11-10', 'nl', { weekday: false })).toBe('10 november 2025');
  });

  it('refuses what is not a calendar date, with the code of the problem', () => {
    const codeOf = (value: string) => {
      try {
        formatDate(value);
      } catch (e) {
        if (e instanceof PoortwachterInputError) return e.issues.map((i) => [i.code, i.path]);
        throw e;
      }
      return 'no error';
    };
    expect(codeOf('2025-02-30')).toEqual([['date/invalid', []]]);
    expect(codeOf('2025-02-16T10:00:00Z')).toEqual([['date/has-time', []]]);
  });
});
