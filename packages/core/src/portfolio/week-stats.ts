import type { WeekHistogram } from './portfolio-slice.js';

/**
 * The count, mean and lower median of a {@link WeekHistogram}; `null` without data.
 *
 * @example
 * ```ts
 * const s: WeekStats = weekStats({ '50': 1, '52': 2, '60': 1 }); // { count: 4, mean: 53.5, median: 52 }
 * ```
 * @category Portfolio
 */
export interface WeekStats {
  count: number;
  mean: number | null;
  /** The lower median: the smallest week with at least half the counts at or below it. */
  median: number | null;
}

/**
 * The count, mean and lower median of a week histogram, exact (the histogram holds every value).
 *
 * @param histogram - Counts by whole week.
 * @returns The statistics.
 * @example
 * ```ts
 * weekStats({ '50': 1, '52': 2, '60': 1 }); // { count: 4, mean: 53.5, median: 52 }
 * weekStats({}); // { count: 0, mean: null, median: null }
 * ```
 * @category Portfolio
 */
export function weekStats(histogram: WeekHistogram): WeekStats {
  const entries = Object.entries(histogram)
    .map(([week, n]) => [Number(week), n] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => a[0] - b[0]);
  let count = 0;
  let sum = 0;
  for (const [week, n] of entries) {
    count += n;
    sum += week * n;
  }
  if (count === 0) return { count: 0, mean: null, median: null };
  let seen = 0;
  let median = entries[0]![0];
  for (const [week, n] of entries) {
    seen += n;
    if (seen * 2 >= count) {
      median = week;
      break;
    }
  }
  return { count, mean: sum / count, median };
}
