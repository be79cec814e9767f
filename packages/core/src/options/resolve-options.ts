import type { ComputeOptions, RuleOptions } from '../types.js';

/**
 * Every rule option with its default filled in (poortwachter-rules.md §6).
 *
 * @example
 * ```ts
 * const o: ResolvedOptions = resolveOptions(); // every option at its default
 * ```
 * @category Options
 */
export type ResolvedOptions = Required<Omit<RuleOptions, 'workingDays'>> &
  Pick<RuleOptions, 'workingDays'>;

/**
 * The defaults of the open readings of poortwachter-rules.md §6.
 *
 * @example
 * ```ts
 * DEFAULT_OPTIONS.probleemanalyseDeadline; // 'week-6'
 * ```
 * @category Options
 */
export const DEFAULT_OPTIONS: ResolvedOptions = {
  probleemanalyseDeadline: 'week-6',
  processDeadlines: 'sick-days',
  leaveAndGaps: 'statute',
  wiaInformatiebrief: 'week-88',
  startSpoor2: 'werkwijzer',
  vervroegdeIvaWindowStart: 'after-3-weeks',
  weekendDeadlines: 'unchanged',
  dueSoonDays: 14,
  workingDays: undefined,
};

/**
 * Merges the options of a case file with those of a call (the call wins) over the defaults.
 *
 * @param caseOptions - `options` of the case file.
 * @param callOptions - Options given to the function.
 * @returns Every option with a value.
 * @see poortwachter-rules.md §6
 * @example
 * ```ts
 * resolveOptions({ startSpoor2: 'one-year' }, { dueSoonDays: 7 }).startSpoor2; // 'one-year'
 * ```
 * @category Options
 */
export function resolveOptions(
  caseOptions?: RuleOptions,
  callOptions?: ComputeOptions,
): ResolvedOptions {
  const out: Record<string, unknown> = { ...DEFAULT_OPTIONS };
  for (const source of [caseOptions, callOptions]) {
    if (!source) continue;
    for (const key of Object.keys(DEFAULT_OPTIONS)) {
      const v = (source as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = v;
    }
  }
  return out as ResolvedOptions;
}
