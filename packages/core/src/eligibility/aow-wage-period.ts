/**
 * How long wage payment lasts when the employee had reached AOW age on the first sick day, by
 * first sick day: 13 weeks before 1 July 2023, 6 weeks from then on.
 *
 * @see BW 7:629 lid 1 sub b (as amended by the Wet arbeidsmarkt in balans en verlaging loondoorbetaling AOW-gerechtigden, 1 juli 2023); {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#aow-age | docs/rules.md ("AOW age")}
 * @example
 * ```ts
 * AOW_WAGE_PERIOD.find((r) => r.validFrom === '2023-07-01')?.weeks; // 6
 * ```
 * @category Eligibility
 */
export const AOW_WAGE_PERIOD: readonly {
  weeks: number;
  validFrom: string | null;
  validTo: string | null;
}[] = [
  { weeks: 13, validFrom: null, validTo: '2023-07-01' },
  { weeks: 6, validFrom: '2023-07-01', validTo: null },
];
