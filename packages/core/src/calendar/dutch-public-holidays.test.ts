import { describe, expect, it } from 'vitest';
import { toIsoDate } from './day-number.js';
import { dutchHolidayDays } from './dutch-public-holidays.js';

const iso = (year: number) => dutchHolidayDays(year).map((h) => `${toIsoDate(h.day)} ${h.name}`);

describe('dutchHolidayDays', () => {
  it('uses Koninginnedag before 2014 (29 April when 30 April is a Sunday)', () => {
    expect(iso(2013)).toContain('2013-04-30 Koninginnedag');
    expect(iso(2006)).toContain('2006-04-29 Koninginnedag'); // 30 April 2006 was a Sunday
    expect(iso(2014)).toContain('2014-04-26 Koningsdag'); // 27 April 2014 was a Sunday
    expect(iso(2026)).toContain('2026-04-27 Koningsdag');
  });

  it('derives the movable days from Easter: Goede Vrijdag −2, Paasmaandag +1, Hemelvaart +39, Pinkstermaandag +50', () => {
    // Easter 2024: Sunday 31 March.
    const byName = Object.fromEntries(
      dutchHolidayDays(2024).map((h) => [h.name, toIsoDate(h.day)]),
    );
    expect(byName).toMatchObject({
      'Goede Vrijdag': '2024-03-29',
      'Tweede Paasdag': '2024-04-01',
      Hemelvaartsdag: '2024-05-09',
      'Tweede Pinksterdag': '2024-05-20',
    });
  });

  it('sorts by date, also when Hemelvaart falls before or on 5 mei', () => {
    // Easter 2008 was 23 March: Hemelvaart 1 May comes before 5 mei.
    expect(iso(2008)).toEqual([
      '2008-01-01 Nieuwjaarsdag',
      '2008-03-21 Goede Vrijdag',
      '2008-03-24 Tweede Paasdag',
      '2008-04-30 Koninginnedag',
      '2008-05-01 Hemelvaartsdag',
      '2008-05-05 Bevrijdingsdag (5 mei)',
      '2008-05-12 Tweede Pinksterdag',
      '2008-12-25 Eerste Kerstdag',
      '2008-12-26 Tweede Kerstdag',
    ]);
    // Easter 2016 was 27 March: Hemelvaart fell on 5 mei itself; both are listed.
    const days = dutchHolidayDays(2016).map((h) => h.day);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(iso(2016).filter((h) => h.startsWith('2016-05-05'))).toHaveLength(2);
  });
});
