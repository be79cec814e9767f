import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate, isoWeekday, toCivil, toDayNumber, toIsoDate } from './day-number.js';

describe('day numbers', () => {
  it('counts days since 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    // 2000-03-01: 30 years of 365 days + 8 leap days (1972…2000 minus none) + Jan 31 + Feb 29.
    expect(toDayNumber('2000-03-01')).toBe(30 * 365 + 7 + 31 + 29);
  });

  it('round-trips every day and agrees with Date.UTC as an oracle', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
        const iso = toIsoDate(day);
        expect(toDayNumber(iso)).toBe(day);
        expect(new Date(day * 86_400_000).toISOString().slice(0, 10)).toBe(iso);
      }),
    );
  });

  it('knows leap days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(toIsoDate(toDayNumber('2024-02-28') + 1)).toBe('2024-02-29');
    expect(toIsoDate(toDayNumber('2023-02-28') + 1)).toBe('2023-03-01');
  });

  it('rejects what is not a calendar date in YYYY-MM-DD', () => {
    for (const bad of [
      '2025-02-30',
      '2025-13-01',
      '2025-00-10',
      '06-01-2025',
      '2025-1-6',
      '2025-01-06T00:00',
      '',
      20250106,
      null,
    ]) {
      expect(isIsoDate(bad)).toBe(false);
    }
    expect(() => toDayNumber('2025-02-30')).toThrow(RangeError);
  });

  it('gives ISO weekdays', () => {
    expect(isoWeekday(toDayNumber('2025-01-06'))).toBe(1); // Monday
    expect(isoWeekday(toDayNumber('2025-01-12'))).toBe(7); // Sunday
    expect(isoWeekday(toDayNumber('1969-12-31'))).toBe(3); // Wednesday
    expect(toCivil(toDayNumber('2025-01-06'))).toEqual({ year: 2025, month: 1, day: 6 });
  });
});
