/**
 * One row of the AOW age table: the age at which the AOW starts for people who reach it in
 * `year` (`year: null` for every year before the table's first row).
 *
 *
 * @example
 * ```ts
 * const row: AowAgeRow = { year: 2028, years: 67, months: 3 };
 * ```
 * @category Eligibility
 */
export interface AowAgeRow {
  year: number | null;
  years: number;
  months: number;
}

/**
 * The AOW age by the year in which it is reached, as published by SVB and rijksoverheid.nl
 * ("Wanneer gaat mijn AOW in?"). The government publishes it five years ahead; beyond the last
 * row the caller supplies `employee.aowDate`. Before 2013 the AOW age was 65.
 *
 * @see Algemene Ouderdomswet art. 7a; SVB; rijksoverheid.nl "Wanneer gaat mijn AOW in?";
 *   poortwachter-rules.md §3
 * @example
 * ```ts
 * AOW_AGE_TABLE.find((r) => r.year === 2025); // { year: 2025, years: 67, months: 0 }
 * ```
 * @category Eligibility
 */
export const AOW_AGE_TABLE: readonly AowAgeRow[] = [
  { year: null, years: 65, months: 0 },
  { year: 2013, years: 65, months: 1 },
  { year: 2014, years: 65, months: 2 },
  { year: 2015, years: 65, months: 3 },
  { year: 2016, years: 65, months: 6 },
  { year: 2017, years: 65, months: 9 },
  { year: 2018, years: 66, months: 0 },
  { year: 2019, years: 66, months: 4 },
  { year: 2020, years: 66, months: 4 },
  { year: 2021, years: 66, months: 4 },
  { year: 2022, years: 66, months: 7 },
  { year: 2023, years: 66, months: 10 },
  { year: 2024, years: 67, months: 0 },
  { year: 2025, years: 67, months: 0 },
  { year: 2026, years: 67, months: 0 },
  { year: 2027, years: 67, months: 0 },
  { year: 2028, years: 67, months: 3 },
  { year: 2029, years: 67, months: 3 },
];

/**
 * The source of {@link AOW_AGE_TABLE}, for messages and documentation.
 *
 * @example
 * ```ts
 * console.log(`AOW age table: ${AOW_AGE_SOURCE}`);
 * ```
 * @category Eligibility
 */
export const AOW_AGE_SOURCE =
  'SVB; rijksoverheid.nl "Wanneer gaat mijn AOW in?" (gepubliceerd tot en met 2029)';
