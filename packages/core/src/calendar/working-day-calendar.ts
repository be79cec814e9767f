import type { WorkingDayCalendarInput } from '../types.js';
import { isoWeekday, toCivil, toDayNumber } from './day-number.js';
import { dutchHolidayDays } from './dutch-public-holidays.js';

/**
 * Answers whether a day number is a working day (*werkdag*).
 *
 */
export interface WorkingDayCalendar {
  isWorkingDay(day: number): boolean;
}

const atwCache = new Map<number, Set<number>>();

function atwHolidays(year: number): Set<number> {
  let set = atwCache.get(year);
  if (set === undefined) {
    set = new Set(dutchHolidayDays(year).map((h) => h.day));
    atwCache.set(year, set);
  }
  return set;
}

/**
 * Builds a working-day calendar. The default follows the Algemene termijnenwet: Monday to
 * Friday except the holidays of the Atw holidays. `nonWorkingDays` adds days (such as
 * a day equated by royal decree); `base: 'weekends-only'` drops the Atw holidays so a caller can
 * supply a calendar of its own.
 *
 * @param input - The calendar description (as in a case file's `options.workingDays`).
 * @returns A calendar answering `isWorkingDay(dayNumber)`.
 * @see Algemene termijnenwet (BWBR0002448) art. 3; {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#working-days | docs/rules.md ("Working days")} and {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#6-open-readings | docs/rules.md §6}
 */
export function createWorkingDayCalendar(input?: WorkingDayCalendarInput): WorkingDayCalendar {
  if (input === undefined) {
    atwCalendar ??= calendarOf({});
    return atwCalendar;
  }
  return calendarOf(input);
}

let atwCalendar: WorkingDayCalendar | undefined;

function calendarOf(input: WorkingDayCalendarInput): WorkingDayCalendar {
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
 */
export function firstWorkingDayOnOrAfter(day: number, calendar: WorkingDayCalendar): number {
  let d = day;
  while (!calendar.isWorkingDay(d)) d++;
  return d;
}
