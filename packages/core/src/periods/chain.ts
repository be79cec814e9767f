/** A stretch of consecutive sick days, as day numbers; `end` is `null` while still sick. @category Periods */
export interface Segment {
  start: number;
  end: number | null;
}

/**
 * Sick periods added together (samentelling): the unit every deadline is counted in. `segments`
 * are sorted and disjoint; only the last may be open. `firstSickDay` is the chain's D1.
 *
 * @category Periods
 */
export interface Chain {
  firstSickDay: number;
  segments: Segment[];
  /** The last sick day of a closed chain, `null` while the latest period is open. */
  lastSickDay: number | null;
}
