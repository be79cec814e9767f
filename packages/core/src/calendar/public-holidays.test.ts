import { describe, expect, it } from 'vitest';
import { dutchPublicHolidays, easterSunday } from './public-holidays.js';

const iso = (year: number) => dutchPublicHolidays(year).map((h) => `${h.date} ${h.name}`);

describe('dutchPublicHolidays', () => {
  it('lists the holidays of 2025 (Koningsdag on Saturday 26 April because 27 April is a Sunday)', () => {
    expect(iso(2025)).toEqual([
      '2025-01-01 Nieuwjaarsdag',
      '2025-04-18 Goede Vrijdag',
      '2025-04-21 Tweede Paasdag',
      '2025-04-26 Koningsdag',
      '2025-05-05 Bevrijdingsdag (5 mei)',
      '2025-05-29 Hemelvaartsdag',
      '2025-06-09 Tweede Pinksterdag',
      '2025-12-25 Eerste Kerstdag',
      '2025-12-26 Tweede Kerstdag',
    ]);
  });
});

describe('easterSunday', () => {
  it('writes Easter Sunday as an ISO date', () => {
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
  });
});
