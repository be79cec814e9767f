import { describe, expect, it } from 'vitest';
import { toDayNumber, toIsoDate } from './day-number.js';
import { dutchPublicHolidays, easterSunday } from './public-holidays.js';
import { createWorkingDayCalendar, firstWorkingDayOnOrAfter } from './working-day-calendar.js';

const iso = (year: number) => dutchPublicHolidays(year).map((h) => `${h.date} ${h.name}`);

describe('Easter and the Atw holidays', () => {
  it('computes Easter Sunday for known years', () => {
    const known: Record<number, string> = {
      1961: '1961-04-02',
      2000: '2000-04-23',
      2008: '2008-03-23',
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2038: '2038-04-25',
    };
    for (const [year, date] of Object.entries(known)) expect(easterSunday(Number(year))).toBe(date);
  });

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

  it('uses Koninginnedag before 2014 (29 April when 30 April is a Sunday)', () => {
    expect(iso(2013)).toContain('2013-04-30 Koninginnedag');
    expect(iso(2006)).toContain('2006-04-29 Koninginnedag'); // 30 April 2006 was a Sunday
    expect(iso(2014)).toContain('2014-04-26 Koningsdag'); // 27 April 2014 was a Sunday
    expect(iso(2026)).toContain('2026-04-27 Koningsdag');
  });

  it('answers working days, with extra days and a weekends-only base', () => {
    const atw = createWorkingDayCalendar();
    expect(atw.isWorkingDay(toDayNumber('2026-04-27'))).toBe(false); // Koningsdag, Monday
    expect(atw.isWorkingDay(toDayNumber('2026-04-28'))).toBe(true);
    expect(atw.isWorkingDay(toDayNumber('2025-04-18'))).toBe(false); // Goede Vrijdag
    expect(atw.isWorkingDay(toDayNumber('2025-03-01'))).toBe(false); // Saturday
    const decree = createWorkingDayCalendar({ nonWorkingDays: ['2025-05-30'] }); // Friday after Hemelvaart
    expect(decree.isWorkingDay(toDayNumber('2025-05-30'))).toBe(false);
    const own = createWorkingDayCalendar({ base: 'weekends-only' });
    expect(own.isWorkingDay(toDayNumber('2025-04-18'))).toBe(true);
    // Christmas 2025: Thursday 25 and Friday 26 December, then the weekend: Monday 29 December.
    expect(toIsoDate(firstWorkingDayOnOrAfter(toDayNumber('2025-12-25'), atw))).toBe('2025-12-29');
  });
});
