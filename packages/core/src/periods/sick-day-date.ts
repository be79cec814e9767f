import type { Chain } from './chain.js';

/**
 * The calendar date of sick-day `n` of a chain ("sd(n)"): sick-day 1 is the first sick day; gap
 * days and leave days are not counted. `null` when the chain closed (recovery) before sick-day
 * `n` (the milestone is not reached). An open last period continues day by day.
 *
 * @param chain - The chain (from {@link buildChains}).
 * @param n - The sick-day number, 1 or more.
 * @returns The day number of sick-day `n`, or `null` when not reached.
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#0-counting | docs/rules.md ("Counting")}
 * @example
 * ```ts
 * const [chain] = buildChains([{ start: '2025-01-06', end: '2025-01-10' }, { start: '2025-01-20' }]);
 * toIsoDate(sickDayDate(chain, 5)!); // '2025-01-10'
 * toIsoDate(sickDayDate(chain, 6)!); // '2025-01-20': the 9 gap days are skipped
 * ```
 * @category Periods
 */
export function sickDayDate(chain: Chain, n: number): number | null {
  let remaining = n;
  for (const s of chain.segments) {
    if (s.end === null) return s.start + remaining - 1;
    const length = s.end - s.start + 1;
    if (remaining <= length) return s.start + remaining - 1;
    remaining -= length;
  }
  return null;
}

/**
 * The number of sick days of a chain on or before a date: the sick-day number of `day` when it
 * is a sick day, and of the last sick day before it otherwise (0 before the first sick day).
 *
 * @param chain - The chain.
 * @param day - A day number.
 * @returns The count of sick days up to and including `day`.
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#0-counting | docs/rules.md ("Counting")}
 * @example
 * ```ts
 * const [chain] = buildChains([{ start: '2025-01-06', end: '2025-01-10' }, { start: '2025-01-20' }]);
 * sickDaysUpTo(chain, toDayNumber('2025-01-15')); // 5
 * sickDaysUpTo(chain, toDayNumber('2025-01-21')); // 7
 * ```
 * @category Periods
 */
export function sickDaysUpTo(chain: Chain, day: number): number {
  let count = 0;
  for (const s of chain.segments) {
    if (day < s.start) break;
    const end = s.end === null || s.end > day ? day : s.end;
    count += end - s.start + 1;
  }
  return count;
}
