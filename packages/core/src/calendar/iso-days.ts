import { dateIssue } from '../input/date-issue.js';
import { PoortwachterInputError } from '../input/poortwachter-input-error.js';
import type { IssuePath } from '../issues/issue.js';
import type { IsoDate } from '../types.js';
import { toIsoDate, tryDayNumber } from './day-number.js';

function dayOf(date: IsoDate, path: IssuePath): number {
  const day = tryDayNumber(date);
  if (day === null) throw new PoortwachterInputError([dateIssue(date, path)!]);
  return day;
}

/**
 * A calendar date plus a number of days (negative to go back), without a `Date` and so
 * independent of the machine's time zone and of daylight saving time.
 *
 * @param date - A date as `YYYY-MM-DD`.
 * @param days - Whole days to add.
 * @returns The date `days` later.
 * @throws PoortwachterInputError when `date` is not a calendar date.
 * @example
 * ```ts
 * addDays('2025-03-29', 2); // '2025-03-31' (across the change to summer time)
 * addDays('2024-03-01', -1); // '2024-02-29'
 * ```
 * @category Calendar
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return toIsoDate(dayOf(date, ['date']) + Math.trunc(days));
}

/**
 * The number of calendar days from one date to another (`to − from`; negative when `to` is
 * earlier). For counting sick days use `processDaysBetween`.
 *
 * @param from - A date as `YYYY-MM-DD`.
 * @param to - A date as `YYYY-MM-DD`.
 * @returns The difference in days.
 * @throws PoortwachterInputError when a date is not a calendar date.
 * @example
 * ```ts
 * daysBetween('2025-01-06', '2025-02-16'); // 41
 * ```
 * @category Calendar
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayOf(to, ['to']) - dayOf(from, ['from']);
}
