import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoWeekday, toCivil, toIsoDate } from './day-number.js';
import { easterSundayDay } from './easter-sunday.js';

describe('easterSundayDay', () => {
  it('computes Easter Sunday for known years', () => {
    const known: Record<number, string> = {
      1818: '1818-03-22', // the earliest possible date
      1943: '1943-04-25', // the latest possible date
      1961: '1961-04-02',
      2000: '2000-04-23',
      2008: '2008-03-23',
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2038: '2038-04-25',
      2285: '2285-03-22',
    };
    for (const [year, date] of Object.entries(known))
      expect(toIsoDate(easterSundayDay(Number(year)))).toBe(date);
  });

  it('is always a Sunday from 22 March to 25 April of the same year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 4099 }), (year) => {
        const day = easterSundayDay(year);
        const c = toCivil(day);
        expect(isoWeekday(day)).toBe(7);
        expect(c.year).toBe(year);
        const monthDay = c.month * 100 + c.day;
        expect(monthDay >= 322 && monthDay <= 425).toBe(true);
      }),
    );
  });
});
