/**
 * A stretch of consecutive sick days, as day numbers; `end` is `null` while still sick.
 *
 * @example
 * ```ts
 * buildChains([{ start: '2025-01-06' }])[0].segments; // [{ start: 20094, end: null }]
 * ```
 * @category Periods
 */
export interface Segment {
  start: number;
  end: number | null;
}

/**
 * Sick periods added together (samentelling): the unit every deadline is counted in. `segments`
 * are sorted and disjoint; only the last may be open. `firstSickDay` is the chain's D1.
 *
 *
 * @example
 * ```ts
 * const [chain] = buildChains([{ start: '2025-01-06', end: '2025-01-31' }, { start: '2025-02-20' }]);
 * toIsoDate(sickDayDate(chain, 42)!); // '2025-03-07': 26 sick days in January, then 20 Feb + 15
 * ```
 * @category Periods
 */
export interface Chain {
  firstSickDay: number;
  segments: Segment[];
  /** The last sick day of a closed chain, `null` while the latest period is open. */
  lastSickDay: number | null;
}
