import { describe, expect, it } from 'vitest';
import { PoortwachterInputError } from '../input/poortwachter-input-error.js';
import { isWorkingDay, nextWorkingDay } from './working-days.js';

describe('isWorkingDay', () => {
  it('follows the Atw list by default and the calendar given', () => {
    expect(isWorkingDay('2025-04-21')).toBe(false); // tweede Paasdag
    expect(isWorkingDay('2025-04-22')).toBe(true);
    expect(isWorkingDay('2025-05-30')).toBe(true);
    expect(isWorkingDay('2025-05-30', { nonWorkingDays: ['2025-05-30'] })).toBe(false);
    expect(isWorkingDay('2025-04-21', { base: 'weekends-only' })).toBe(true);
  });

  it('refuses what is not a calendar date, with the code', () => {
    expect(() => isWorkingDay('2025-02-30')).toThrow(PoortwachterInputError);
    expect(() => isWorkingDay('2025-04-21T09:00')).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'date/has-time' })] }),
    );
  });
});

describe('nextWorkingDay', () => {
  it('returns the date itself on a working day, else the next one', () => {
    expect(nextWorkingDay('2026-04-28')).toBe('2026-04-28');
    // 25 April 2026 is a Saturday; Monday 27 April is Koningsdag: the next working day is Tuesday.
    expect(nextWorkingDay('2026-04-25')).toBe('2026-04-28');
    // Weekends only: Monday 27 April is a working day.
    expect(nextWorkingDay('2026-04-25', { base: 'weekends-only' })).toBe('2026-04-27');
  });

  it('refuses what is not a calendar date, with the code', () => {
    expect(() => nextWorkingDay('volgende week')).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'date/invalid' })] }),
    );
  });
});
