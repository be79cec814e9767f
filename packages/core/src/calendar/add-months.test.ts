import { describe, expect, it } from 'vitest';
import { addMonths } from './add-months.js';
import { toDayNumber, toIsoDate } from './day-number.js';

const plus = (date: string, months: number) => toIsoDate(addMonths(toDayNumber(date), months));

describe('addMonths', () => {
  it('adds months, clamping to the end of a shorter month', () => {
    expect(plus('2024-01-31', 1)).toBe('2024-02-29');
    expect(plus('2023-01-31', 1)).toBe('2023-02-28');
    expect(plus('1955-05-31', 66 * 12 + 4)).toBe('2021-09-30');
    expect(plus('2024-12-15', -12)).toBe('2023-12-15');
  });

  it('carries into the next year and back into the previous one', () => {
    expect(plus('2024-11-30', 3)).toBe('2025-02-28'); // November + 3 = February 2025
    expect(plus('2025-01-31', -2)).toBe('2024-11-30'); // January − 2 = November 2024
    expect(plus('1960-08-31', 67 * 12 + 3)).toBe('2027-11-30'); // the TSDoc example
  });

  it('keeps the day when the target month has it, and adds nothing for 0 months', () => {
    expect(plus('2024-02-29', 12)).toBe('2025-02-28');
    expect(plus('2024-02-29', 48)).toBe('2028-02-29');
    expect(plus('2025-03-15', 0)).toBe('2025-03-15');
  });
});
