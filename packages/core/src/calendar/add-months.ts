import { daysInMonth, fromCivil, toCivil } from './day-number.js';

/**
 * Adds calendar months (and years) to a day number. A day the target month lacks becomes that
 * month's last day (31 March + 1 month = 30 April), as the AOW rule requires.
 *
 * @param day - Days since 1970-01-01.
 * @param months - Months to add (may exceed 12).
 * @returns The resulting day number.
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#aow-age | docs/rules.md ("AOW age")} (AOW date: "Adding months to a day that the target month lacks gives that month's last day")
 * @example
 * ```ts
 * toIsoDate(addMonths(toDayNumber('1960-08-31'), 67 * 12 + 3)); // '2027-11-30'
 * ```
 * @category Calendar
 */
export function addMonths(day: number, months: number): number {
  const c = toCivil(day);
  const total = c.year * 12 + (c.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return fromCivil(year, month, Math.min(c.day, daysInMonth(year, month)));
}
