import { describe, expect, it } from 'vitest';
import { PoortwachterInputError } from '../input/poortwachter-input-error.js';
import { dateInAmsterdam } from './date-in-amsterdam.js';

describe('dateInAmsterdam', () => {
  it('takes the Amsterdam calendar date of an instant, in winter and summer time', () => {
    expect(dateInAmsterdam('2025-01-01T14:50:48+01:00')).toBe('2025-01-01');
    // 23:30 UTC on 30 March 2025 is 01:30 CEST on 31 March.
    expect(dateInAmsterdam('2025-03-30T23:30:00Z')).toBe('2025-03-31');
    // 22:59 UTC in winter is 23:59 in Amsterdam: the same day; 23:00 UTC is the next day.
    expect(dateInAmsterdam('2025-01-10T22:59:00Z')).toBe('2025-01-10');
    expect(dateInAmsterdam('2025-01-10T23:00:00Z')).toBe('2025-01-11');
    expect(dateInAmsterdam('2025-06-30T22:30:00.000+0000')).toBe('2025-07-01');
    expect(dateInAmsterdam(new Date(Date.UTC(2025, 5, 30, 22, 30)))).toBe('2025-07-01');
  });

  it('reads a date-time without offset as Amsterdam wall-clock time and keeps a date', () => {
    expect(dateInAmsterdam('2025-01-01T00:30:00')).toBe('2025-01-01');
    expect(dateInAmsterdam('2025-06-30')).toBe('2025-06-30');
  });

  it('refuses anything else with date/invalid', () => {
    for (const bad of [
      'gisteren',
      '2025-02-30T10:00:00Z',
      '2025-02-30T10:00',
      '',
      new Date(Number.NaN),
    ])
      expect(() => dateInAmsterdam(bad)).toThrow(PoortwachterInputError);
  });
});
