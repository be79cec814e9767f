import { toIsoDate } from '../calendar/day-number.js';
import { caseChains } from '../case/case-chains.js';
import type { CaseInput, IsoDate } from '../types.js';

/**
 * The first sick day (D1) of a case's latest chain of sick periods: the day every deadline is
 * counted from. Sick periods less than four weeks apart are added together (samentelling), so
 * this is not always the start of the latest period.
 *
 * @param input - The case.
 * @returns D1 as `YYYY-MM-DD`.
 * @throws PoortwachterInputError when the case cannot be used.
 * @see BW 7:629 lid 10; {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#samentelling | docs/rules.md ("Samentelling")}
 * @example
 * ```ts
 * firstSickDay({ sickPeriods: [{ start: '2024-01-08', end: '2024-01-20' }, { start: '2024-02-05' }] }); // '2024-01-08' (15 days apart)
 * firstSickDay({ sickPeriods: [{ start: '2024-01-08', end: '2024-01-20' }, { start: '2024-09-02' }] }); // '2024-09-02'
 * ```
 * @category Periods
 */
export function firstSickDay(input: CaseInput): IsoDate {
  const chains = caseChains(input);
  return toIsoDate(chains[chains.length - 1]!.firstSickDay);
}
