import type { IsoDate } from '../types.js';
import { toIsoDate } from './day-number.js';
import { dutchHolidayDays } from './dutch-public-holidays.js';
import { easterSundayDay } from './easter-sunday.js';

/**
 * A public holiday of the Algemene termijnenwet: its date and Dutch name.
 *
 * @example
 * ```ts
 * const h: PublicHoliday = { date: '2026-04-27', name: 'Koningsdag' };
 * ```
 * @category Calendar
 */
export interface PublicHoliday {
  date: IsoDate;
  name: string;
}

/**
 * The days that are not working days under the Algemene termijnenwet (Atw) art. 3 in a year,
 * sorted by date: lid 1 Nieuwjaarsdag, tweede Paasdag, Hemelvaartsdag, tweede Pinksterdag,
 * eerste en tweede Kerstdag, the King's birthday as celebrated (Koningsdag 27 April, 26 April
 * when 27 April is a Sunday; before 2014 Koninginnedag 30 April, 29 April when that is a
 * Sunday), 5 mei every year; lid 2 Goede Vrijdag. Days equated by royal decree (lid 3) are not
 * included: add them through the `workingDays` option.
 *
 * @param year - A Gregorian year.
 * @returns The holidays with their dates.
 * @see Algemene termijnenwet (BWBR0002448) art. 3; {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#working-days | docs/rules.md ("Working days")}
 * @example
 * ```ts
 * dutchPublicHolidays(2025).map((h) => h.date);
 * // ['2025-01-01', '2025-04-18', '2025-04-21', '2025-04-26', '2025-05-05', '2025-05-29',
 * //  '2025-06-09', '2025-12-25', '2025-12-26']
 * ```
 * @category Calendar
 */
export function dutchPublicHolidays(year: number): PublicHoliday[] {
  return dutchHolidayDays(year).map((h) => ({ date: toIsoDate(h.day), name: h.name }));
}

/**
 * The date of Easter Sunday in a Gregorian year (the anonymous Gregorian algorithm), from which
 * Goede Vrijdag, tweede Paasdag, Hemelvaartsdag and tweede Pinksterdag follow.
 *
 * @param year - A Gregorian year.
 * @returns Easter Sunday as `YYYY-MM-DD`.
 * @example
 * ```ts
 * easterSunday(2025); // '2025-04-20'
 * easterSunday(2026); // '2026-04-05'
 * ```
 * @category Calendar
 */
export function easterSunday(year: number): IsoDate {
  return toIsoDate(easterSundayDay(year));
}
