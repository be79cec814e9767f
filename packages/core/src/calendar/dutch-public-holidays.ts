import { fromCivil, isoWeekday } from './day-number.js';
import { easterSundayDay } from './easter-sunday.js';

interface HolidayDay {
  day: number;
  name: string;
}

/**
 * The days that are not working days under the Algemene termijnenwet (Atw) art. 3 in a year,
 * sorted by date: lid 1 Nieuwjaarsdag, tweede Paasdag, Hemelvaartsdag, tweede Pinksterdag,
 * eerste en tweede Kerstdag, the King's birthday as celebrated (Koningsdag 27 April, 26 April
 * when 27 April is a Sunday; before 2014 Koninginnedag 30 April, 29 April when that is a Sunday),
 * 5 mei every year; lid 2 Goede Vrijdag. Days equated by royal decree (lid 3) are not included:
 * add them through {@link createWorkingDayCalendar}.
 *
 * @param year - A Gregorian year.
 * @returns The holidays with their day numbers (the internal form of {@link dutchPublicHolidays}).
 * @see Algemene termijnenwet (BWBR0002448) art. 3; {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#working-days | docs/rules.md ("Working days")}
 * @example
 * ```ts
 * dutchHolidayDays(2025).map((h) => toIsoDate(h.day));
 * // ['2025-01-01', '2025-04-18', '2025-04-21', '2025-04-26', '2025-05-05', '2025-05-29',
 * //  '2025-06-09', '2025-12-25', '2025-12-26']
 * ```
 * @category Calendar
 */
export function dutchHolidayDays(year: number): HolidayDay[] {
  const easter = easterSundayDay(year);
  let royal: HolidayDay;
  if (year >= 2014) {
    const d = fromCivil(year, 4, 27);
    royal = { day: isoWeekday(d) === 7 ? d - 1 : d, name: 'Koningsdag' };
  } else {
    const d = fromCivil(year, 4, 30);
    royal = { day: isoWeekday(d) === 7 ? d - 1 : d, name: 'Koninginnedag' };
  }
  const holidays: HolidayDay[] = [
    { day: fromCivil(year, 1, 1), name: 'Nieuwjaarsdag' },
    { day: easter - 2, name: 'Goede Vrijdag' },
    { day: easter + 1, name: 'Tweede Paasdag' },
    royal,
    { day: fromCivil(year, 5, 5), name: 'Bevrijdingsdag (5 mei)' },
    { day: easter + 39, name: 'Hemelvaartsdag' },
    { day: easter + 50, name: 'Tweede Pinksterdag' },
    { day: fromCivil(year, 12, 25), name: 'Eerste Kerstdag' },
    { day: fromCivil(year, 12, 26), name: 'Tweede Kerstdag' },
  ];
  return holidays.sort((a, b) => a.day - b.day);
}
