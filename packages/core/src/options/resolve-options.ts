import type { ComputeOptions, RuleOptions } from '../types.js';
import { OPTION_RULES } from './option-rules.js';

/**
 * Every rule option with its default filled in (the spoor-2 thresholds are resolved by
 * `assessSpoor2`).
 *
 * @example
 * ```ts
 * const o: ResolvedOptions = resolveOptions(); // every option at its default
 * ```
 * @category Options
 */
export type ResolvedOptions = Required<Omit<RuleOptions, 'workingDays' | 'spoor2'>> &
  Pick<RuleOptions, 'workingDays'>;

/**
 * The default of every option: the first value of each choice in {@link OPTION_RULES}.
 *
 * @example
 * ```ts
 * DEFAULT_OPTIONS.probleemanalyseDeadline; // 'week-6'
 * DEFAULT_OPTIONS.wiaInformatiebrief; // 'week-89'
 * ```
 * @category Options
 */
export const DEFAULT_OPTIONS: ResolvedOptions = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.fromEntries(
    /* @__PURE__ */ OPTION_RULES.map((r) => [
      r.name,
      r.kind === 'choice' ? r.values[0].value : r.kind === 'integer' ? r.default : undefined,
    ]),
  ) as unknown as ResolvedOptions,
);

/** Whether options set any rule option (not only `asOf` or the spoor-2 thresholds). */
function setsAny(options: RuleOptions | ComputeOptions | undefined): boolean {
  if (!options) return false;
  for (const key in options)
    if (
      key !== 'asOf' &&
      key !== 'spoor2' &&
      (options as Record<string, unknown>)[key] !== undefined
    )
      return true;
  return false;
}

/**
 * Merges the options of a case file with those of a call (the call wins) over the defaults.
 * The options must be valid (see {@link computeTimeline}, which checks them).
 *
 * @param caseOptions - `options` of the case file.
 * @param callOptions - Options given to the function.
 * @returns Every option with a value.
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#6-open-readings | docs/rules.md ("Open readings")}
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
  // Most calls set no rule option: they share the defaults.
  if (!setsAny(caseOptions) && !setsAny(callOptions)) return DEFAULT_OPTIONS;
  const out: Record<string, unknown> = { ...DEFAULT_OPTIONS };
  for (const source of [caseOptions, callOptions]) {
    if (!source) continue;
    for (const rule of OPTION_RULES) {
      const v = (source as Record<string, unknown>)[rule.name];
      if (v !== undefined) out[rule.name] = v;
    }
  }
  return out as ResolvedOptions;
}
