/**
 * One row of the AOW age table: the age at which the AOW starts for people who reach it in
 * `year` (`year: null` for every year before the table's first row).
 *
 *
 * @example
 * ```ts
 * const row: AowAgeRow = { year: 2028, years: 67, months: 3, source: 'Staatsblad 2022' };
 * ```
 * @category Eligibility
 */
export interface AowAgeRow {
  readonly year: number | null;
  readonly years: number;
  readonly months: number;
  /** Where the age of this year is published. */
  readonly source: string;
}

const SVB = 'SVB; rijksoverheid.nl "Wanneer gaat mijn AOW in?"';

/**
 * The AOW age by the year in which it is reached, as published by SVB and rijksoverheid.nl
 * ("Wanneer gaat mijn AOW in?"). The government publishes the age five years ahead, each
 * November, so the table is re-checked every December ({@link AOW_AGE_TABLE_CHECKED}); beyond
 * the last row the caller supplies `employee.aowDate` and the timeline warns `aow/unknown`.
 * Before 2013 the AOW age was 65.
 *
 * @see Algemene Ouderdomswet art. 7a; SVB; rijksoverheid.nl "Wanneer gaat mijn AOW in?";
 *   {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#aow-age | docs/rules.md ("AOW age")}
 * @example
 * ```ts
 * AOW_AGE_TABLE.find((r) => r.year === 2031)?.months; // 3 (67 years and 3 months)
 * ```
 * @category Eligibility
 */
export const AOW_AGE_TABLE: readonly AowAgeRow[] = [
  { year: null, years: 65, months: 0, source: 'Algemene Ouderdomswet art. 7a (vóór 2013)' },
  { year: 2013, years: 65, months: 1, source: SVB },
  { year: 2014, years: 65, months: 2, source: SVB },
  { year: 2015, years: 65, months: 3, source: SVB },
  { year: 2016, years: 65, months: 6, source: SVB },
  { year: 2017, years: 65, months: 9, source: SVB },
  { year: 2018, years: 66, months: 0, source: SVB },
  { year: 2019, years: 66, months: 4, source: SVB },
  { year: 2020, years: 66, months: 4, source: SVB },
  { year: 2021, years: 66, months: 4, source: SVB },
  { year: 2022, years: 66, months: 7, source: SVB },
  { year: 2023, years: 66, months: 10, source: SVB },
  { year: 2024, years: 67, months: 0, source: SVB },
  { year: 2025, years: 67, months: 0, source: SVB },
  { year: 2026, years: 67, months: 0, source: SVB },
  { year: 2027, years: 67, months: 0, source: SVB },
  { year: 2028, years: 67, months: 3, source: SVB },
  { year: 2029, years: 67, months: 3, source: SVB },
  { year: 2030, years: 67, months: 3, source: 'Kamerbrief AOW-leeftijd 2030 (november 2024); SVB' },
  { year: 2031, years: 67, months: 3, source: 'Kamerbrief AOW-leeftijd 2031 (november 2025); SVB' },
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
  'SVB; rijksoverheid.nl "Wanneer gaat mijn AOW in?" (gepubliceerd tot en met 2031)';

/**
 * The date {@link AOW_AGE_TABLE} was last checked against the published ages.
 *
 * @example
 * ```ts
 * console.log(`AOW table checked on ${AOW_AGE_TABLE_CHECKED}`);
 * ```
 * @category Eligibility
 */
export const AOW_AGE_TABLE_CHECKED = '2026-12-04';
