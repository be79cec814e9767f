import { dateIssue } from '../input/date-issue.js';
import { PoortwachterInputError } from '../input/poortwachter-input-error.js';
import type { IsoDate, WorkingDayCalendarInput } from '../types.js';
import { toDayNumber, toIsoDate } from './day-number.js';
import { createWorkingDayCalendar, firstWorkingDayOnOrAfter } from './working-day-calendar.js';

function dayOf(date: IsoDate): number {
  const problem = dateIssue(date, []);
  if (problem) throw new PoortwachterInputError([problem]);
  return toDayNumber(date);
}

/**
 * Whether a date is a working day (*werkdag*): Monday to Friday except the holidays of the
 * Algemene termijnenwet, or as the given calendar says (the `workingDays` option).
 *
 * @param date - A date as `YYYY-MM-DD`.
 * @param calendar - The working-day calendar (default: the Atw list).
 * @returns `true` for a working day.
 * @throws PoortwachterInputError when `date` is not a calendar date.
 * @see Algemene termijnenwet (BWBR0002448) art. 3
 * @example
 * ```ts
 * isWorkingDay('2025-04-21'); // false: tweede Paasdag
 * isWorkingDay('2025-05-30', { nonWorkingDays: ['2025-05-30'] }); // false: a day equated by decree
 * ```
 * @category Calendar
 */
export function isWorkingDay(date: IsoDate, calendar: WorkingDayCalendarInput = {}): boolean {
  return createWorkingDayCalendar(calendar).isWorkingDay(dayOf(date));
}

/**
 * The first working day on or after a date.
 *
 * @param date - A date as `YYYY-MM-DD`.
 * @param calendar - The working-day calendar (default: the Atw list).
 * @returns The first working day on or after `date`.
 * @throws PoortwachterInputError when `date` is not a calendar date.
 * @example
 * ```ts
 * // 25 April 2026 is a Saturday; Monday 27 April is Koningsdag: the next working day is Tuesday.
 * nextWorkingDay('2026-04-25'); // '2026-04-28'
 * ```
 * @category Calendar
 */
export function nextWorkingDay(date: IsoDate, calendar: WorkingDayCalendarInput = {}): IsoDate {
  return toIsoDate(firstWorkingDayOnOrAfter(dayOf(date), createWorkingDayCalendar(calendar)));
}
