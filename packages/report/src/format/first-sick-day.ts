import { buildChains, type CaseInput, toIsoDate } from '@poortwachter/core';

/**
 * The first sick day (D1) of the latest chain of a case: the day its documents count from.
 *
 * @param input - The case (its sick periods, leave periods and rule options).
 * @returns D1 as `YYYY-MM-DD`, or `undefined` for a case without sick periods.
 * @example
 * ```ts
 * firstSickDay({ sickPeriods: [{ start: '2024-01-08', end: '2024-01-20' }, { start: '2024-09-02' }] }); // '2024-09-02'
 * ```
 * @see BW 7:629 lid 10 (samentelling); poortwachter-rules.md C3
 * @category Formatting
 */
export function firstSickDay(input: CaseInput): string | undefined {
  if (input.sickPeriods.length === 0) return undefined;
  const chains = buildChains(input.sickPeriods, input.leavePeriods, input.options);
  const latest = chains[chains.length - 1];
  return latest ? toIsoDate(latest.firstSickDay) : undefined;
}
