import { buildChains, type IsoDate, sickDaysUpTo, toDayNumber } from '@poortwachter/core';
import type { Case } from '@poortwachter/schema';

/**
 * The number of days from one date to a later one as the evaluation rule counts them: sick days
 * of the case's chain in which `to` falls (gap and leave days not counted), or calendar days
 * when the case's options say `processDeadlines: 'calendar'`. Sick days after the last known day
 * of an open period count as sick days.
 *
 * @param kase - The case.
 * @param from - The earlier date.
 * @param to - The later date.
 * @returns The count and its unit.
 * @see poortwachter-rules.md C4 and §6; BW 7:658a lid 3
 * @example
 * ```ts
 * sickDaysBetween({ sickPeriods: [{ start: '2024-02-05' }] }, '2024-03-25', '2024-05-06');
 * // { days: 42, unit: 'sick-days' }
 * ```
 * @category Completeness
 */
export function sickDaysBetween(
  kase: Case,
  from: IsoDate,
  to: IsoDate,
): { days: number; unit: 'sick-days' | 'calendar-days' } {
  const [a, b] = [toDayNumber(from), toDayNumber(to)];
  if (kase.options?.processDeadlines === 'calendar') return { days: b - a, unit: 'calendar-days' };
  const chains = buildChains(kase.sickPeriods, kase.leavePeriods ?? [], kase.options ?? {});
  const chain = chains.filter((c) => c.firstSickDay <= b).at(-1) ?? chains[0];
  if (chain === undefined) return { days: b - a, unit: 'calendar-days' };
  return { days: sickDaysUpTo(chain, b) - sickDaysUpTo(chain, a), unit: 'sick-days' };
}
