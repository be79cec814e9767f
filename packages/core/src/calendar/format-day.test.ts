import { describe, expect, it } from 'vitest';
import { toDayNumber } from './day-number.js';
import { formatDay } from './format-day.js';

describe('formatDay', () => {
  it('writes day, month name and year, without a leading zero', () => {
    expect(formatDay(toDayNumber('2025-02-16'), 'nl')).toBe('16 februari 2025');
    expect(formatDay(toDayNumber('2025-02-16'), 'en')).toBe('16 February 2025');
    expect(formatDay(toDayNumber('2025-03-01'), 'nl')).toBe('1 maart 2025');
  });

  it('puts the weekday first when asked', () => {
    // 16 February 2025 is a Sunday, 10 November 2025 a Monday.
    expect(formatDay(toDayNumber('2025-02-16'), 'nl', true)).toBe('zondag 16 februari 2025');
    expect(formatDay(toDayNumber('2025-11-10'), 'en', true)).toBe('Monday 10 November 2025');
  });

  it('names every month in both languages', () => {
    const months = (lang: 'nl' | 'en') =>
      Array.from(
        { length: 12 },
        (_, i) =>
          formatDay(toDayNumber(`2025-${String(i + 1).padStart(2, '0')}-01`), lang).split(' ')[1],
      );
    expect(months('nl')).toEqual([
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ]);
    expect(months('en')[4]).toBe('May');
    expect(formatDay(0, 'en')).toBe('1 January 1970');
  });
});
