import { toDayNumber, toIsoDate } from '../calendar/day-number.js';
import { caseChains } from '../case/case-chains.js';
import { dateIssue } from '../input/date-issue.js';
import { PoortwachterInputError } from '../input/poortwachter-input-error.js';
import type { Chain } from '../periods/chain.js';
import { sickDaysUpTo } from '../periods/sick-day-date.js';
import { MILESTONE_RULES } from '../rules/milestone-rules.js';
import { rulesFor } from '../rules/rules-for.js';
import type { CaseInput, IsoDate } from '../types.js';

/**
 * Two consecutive evaluation moments further apart than the rules allow.
 *
 * @example
 * ```ts
 * const gap: EvaluationGap = { from: '2025-02-20', to: '2025-04-10', days: 49, unit: 'sick-days', limit: 42, index: 1 };
 * ```
 * @category Findings
 */
export interface EvaluationGap {
  from: IsoDate;
  to: IsoDate;
  /** The days between them as process deadlines count them. */
  days: number;
  unit: 'sick-days' | 'calendar-days';
  /** The most days allowed (the evaluation row's interval: 42). */
  limit: number;
  /** The index of `to` in the dates given. */
  index: number;
}

/**
 * The gaps over the limit between consecutive dated steps, counted in a chain (internal form).
 *
 * @param chain - The chain the days fall in.
 * @param calendar - Count calendar days (`processDeadlines: 'calendar'`).
 * @param steps - The steps as day numbers with their index, in any order.
 * @param limit - The most days allowed between two steps.
 * @returns The gaps, in date order.
 */
export function gapsOver(
  chain: Chain,
  calendar: boolean,
  steps: readonly { day: number; index: number }[],
  limit: number,
): EvaluationGap[] {
  const sorted = [...steps].sort((a, b) => a.day - b.day || a.index - b.index);
  const gaps: EvaluationGap[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1]!, sorted[i]!];
    const days = calendar ? b.day - a.day : sickDaysUpTo(chain, b.day) - sickDaysUpTo(chain, a.day);
    if (days > limit)
      gaps.push({
        from: toIsoDate(a.day),
        to: toIsoDate(b.day),
        days,
        unit: calendar ? 'calendar-days' : 'sick-days',
        limit,
        index: b.index,
      });
  }
  return gaps;
}

/**
 * The gaps between consecutive evaluation moments (the plan van aanpak, each evaluation or
 * bijstelling, a planned evaluation) that exceed the interval of the evaluation row (42 process
 * days): counted in sick days of the case's latest chain, or calendar days under
 * `processDeadlines: 'calendar'`. The documents use it to check the evaluation moments they
 * plan or report; `checkCase` reports gaps between recorded events as `evaluatie/gap`.
 *
 * @param input - The case.
 * @param dates - The moments, in any order.
 * @returns The gaps over the limit, in date order, each with the index of its later date.
 * @throws PoortwachterInputError when the case or a date cannot be used.
 * @see BW 7:658a lid 3; UWV: ten minste elke zes weken; {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#evaluations | docs/rules.md ("Evaluations")}
 * @example
 * ```ts
 * evaluationGaps({ sickPeriods: [{ start: '2025-01-06' }] }, ['2025-02-20', '2025-04-10']);
 * // [{ from: '2025-02-20', to: '2025-04-10', days: 49, unit: 'sick-days', limit: 42, index: 1 }]
 * ```
 * @category Findings
 */
export function evaluationGaps(input: CaseInput, dates: readonly IsoDate[]): EvaluationGap[] {
  const problems = dates.map((d, i) => dateIssue(d, ['dates', i])).filter((p) => p !== null);
  if (problems.length > 0) throw new PoortwachterInputError(problems);
  const chains = caseChains(input);
  const chain = chains[chains.length - 1]!;
  const { rules } = rulesFor(chain.firstSickDay, MILESTONE_RULES);
  const recurring = rules.find((r) => r.due.type === 'recurring');
  if (recurring?.due.type !== 'recurring') return [];
  return gapsOver(
    chain,
    input.options?.processDeadlines === 'calendar',
    dates.map((d, index) => ({ day: toDayNumber(d), index })),
    recurring.due.every,
  );
}
