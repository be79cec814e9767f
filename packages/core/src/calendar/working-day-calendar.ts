import type { WorkingDayCalendarInput } from '../types.js';
import { isoWeekday, toCivil, toDayNumber } from './day-number.js';
import { dutchPublicHolidays } from './dutch-public-holidays.js';

/**
 * Answers whether a day number is a working day (*werkdag*).
 *
 * @example
 * ```ts
 * const fridaysOff: WorkingDayCalendar = { isWorkingDay: (day) => isoWeekday(day) <= 4 };
 * ```
 * @category Calendar
 */
export interface WorkingDayCalendar {
  isWorkingDay(day: number): boolean;
}

const atwCache = new Map<number, Set<number>>();

function atwHolidays(year: number): Set<number> {
  let set = atwCache.get(year);
  if (set === undefined) {
    set = new Set(dutchPublicHolidays(year).map((h) => h.day));
    atwCache.set(year, set);
  }
  return set;
}

/**
 * Builds a working-day calendar. The default follows the Algemene termijnenwet: Monday to
 * Friday except the holidays of {@link dutchPublicHolidays}. `nonWorkingDays` adds days (such as
 * a day equated by royal decree); `base: 'weekends-only'` drops the Atw holidays so a caller can
 * supply a calendar of its own.
 *
 * @param input - The calendar description (as in a case file's `options.workingDays`).
 * @returns A calendar answering `isWorkingDay(dayNumber)`.
 * @see Algemene termijnenwet (BWBR0002448) art. 3; poortwachter-rules.md C8 and §6
 * @example
 * ```ts
 * const cal = createWorkingDayCalendar();
 * cal.isWorkingDay(toDayNumber('2025-04-21')); // false: tweede Paasdag
 * createWorkingDayCalendar({ nonWorkingDays: ['2025-05-30'] }).isWorkingDay(toDayNumber('2025-05-30')); // false
 * ```
 * @category Calendar
 */
export function createWorkingDayCalendar(input: WorkingDayCalendarInput = {}): WorkingDayCalendar {
  const extra = new Set((input.nonWorkingDays ?? []).map(toDayNumber));
  const useAtw = (input.base ?? 'atw') === 'atw';
  return {
    isWorkingDay(day: number): boolean {
      if (isoWeekday(day) >= 6 || extra.has(day)) return false;
      return !(useAtw && atwHolidays(toCivil(day).year).has(day));
    },
  };
}

/**
 * The first working day on or after a day.
 *
 * @param day - A day number.
 * @param calendar - The working-day calendar.
 * @returns The day number of the first working day on or after `day`.
 * @example
 * ```ts
 * // 2026-04-25 is a Saturday, Monday 27 April is Koningsdag: the next working day is Tuesday.
 * toIsoDate(firstWorkingDayOnOrAfter(toDayNumber('2026-04-25'), createWorkingDayCalendar())); // '2026-04-28'
 * ```
 * @category Calendar
 */
export function firstWorkingDayOnOrAfter(day: number, calendar: WorkingDayCalendar): number {
  let d = day;
  while (!calendar.isWorkingDay(d)) d++;
  return d;
}
