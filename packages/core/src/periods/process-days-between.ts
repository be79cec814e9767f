import { toDayNumber } from '../calendar/day-number.js';
import { caseChains } from '../case/case-chains.js';
import { dateIssue } from '../input/date-issue.js';
import { PoortwachterInputError } from '../input/poortwachter-input-error.js';
import type { CaseInput, IsoDate } from '../types.js';
import { sickDaysUpTo } from './sick-day-date.js';

/**
 * The days from one date to a later one as process deadlines count them: the sick days of the
 * chain in which `to` falls (days of recovery and leave do not count), or calendar days when the
 * case's options say `processDeadlines: 'calendar'`. This is how evaluations "every six weeks"
 * are measured.
 *
 * @param input - The case.
 * @param from - The earlier date.
 * @param to - The later date.
 * @returns The number of days and their unit.
 * @throws PoortwachterInputError when the case or a date cannot be used.
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#0-counting | docs/rules.md ("Counting")}
 * @example
 * ```ts
 * processDaysBetween({ sickPeriods: [{ start: '2024-02-05' }] }, '2024-03-25', '2024-05-06');
 * // { days: 42, unit: 'sick-days' }
 * processDaysBetween({ sickPeriods: [{ start: '2024-02-05', end: '2024-03-31' }, { start: '2024-04-11' }] }, '2024-03-25', '2024-05-06');
 * // { days: 32, unit: 'sick-days' } (the 10 days of recovery in April do not count)
 * ```
 * @category Periods
 */
export function processDaysBetween(
  input: CaseInput,
  from: IsoDate,
  to: IsoDate,
): { days: number; unit: 'sick-days' | 'calendar-days' } {
  const problems = [dateIssue(from, ['from']), dateIssue(to, ['to'])].filter((p) => p !== null);
  if (problems.length > 0) throw new PoortwachterInputError(problems);
  const chains = caseChains(input);
  const [a, b] = [toDayNumber(from), toDayNumber(to)];
  if (input.options?.processDeadlines === 'calendar') return { days: b - a, unit: 'calendar-days' };
  const chain = chains.filter((c) => c.firstSickDay <= b).at(-1) ?? chains[0]!;
  return { days: sickDaysUpTo(chain, b) - sickDaysUpTo(chain, a), unit: 'sick-days' };
}
