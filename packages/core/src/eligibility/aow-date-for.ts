import { addMonths } from '../calendar/add-months.js';
import { toCivil, toDayNumber, toIsoDate } from '../calendar/day-number.js';
import type { IsoDate } from '../types.js';
import { AOW_AGE_TABLE } from './aow-age-table.js';

const FIRST_YEAR = 2013;

/**
 * The AOW date of someone born on `dateOfBirth`: the day the AOW age of the year in which it is
 * reached is reached. Adding months to a day the target month lacks gives that month's last day.
 * `null` when that year lies beyond the published table (the caller supplies `employee.aowDate`).
 *
 * @param dateOfBirth - The date of birth as `YYYY-MM-DD`.
 * @returns The AOW date, or `null` when not yet published.
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#aow-age | docs/rules.md ("AOW age")}; SVB; rijksoverheid.nl "Wanneer gaat mijn AOW in?"
 * @example
 * ```ts
 * aowDateFor('1958-03-15'); // '2025-03-15' (67 years, reached in 2025)
 * aowDateFor('1955-05-31'); // '2021-09-30' (66 years and 4 months; September has no 31st)
 * aowDateFor('1990-01-01'); // null (beyond the published years)
 * ```
 * @category Eligibility
 */
export function aowDateFor(dateOfBirth: IsoDate): IsoDate | null {
  const birth = toDayNumber(dateOfBirth);
  for (const row of AOW_AGE_TABLE) {
    const candidate = addMonths(birth, row.years * 12 + row.months);
    const year = toCivil(candidate).year;
    if (row.year === null ? year < FIRST_YEAR : year === row.year) return toIsoDate(candidate);
  }
  return null;
}
