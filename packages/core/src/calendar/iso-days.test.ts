import { describe, expect, it } from 'vitest';
import { PoortwachterInputError } from '../input/poortwachter-input-error.js';
import { addDays, daysBetween } from './iso-days.js';

describe('addDays and daysBetween', () => {
  it('count calendar days across month ends, leap days and clock changes', () => {
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-01-06', 727)).toBe('2027-01-03'); // the last day of 104 weeks
    expect(daysBetween('2025-01-06', '2025-02-16')).toBe(41);
    expect(daysBetween('2025-02-16', '2025-01-06')).toBe(-41);
  });

  it('refuse what is not a date', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(PoortwachterInputError);
    expect(() => daysBetween('2025-01-06', 'morgen')).toThrow(PoortwachterInputError);
  });
});
