import type { Spoor2Threshold } from './spoor2-finding-rule.js';
import { SPOOR2_FINDING_RULES } from './spoor2-finding-rules.js';
import type { Spoor2Options } from './spoor2-options.js';

/**
 * Every threshold of {@link SPOOR2_FINDING_RULES} by option name, collected from the rows (each
 * option belongs to exactly one row).
 *
 * @example
 * ```ts
 * SPOOR2_THRESHOLDS.reportEveryWeeks.agreedInPlan; // true
 * ```
 * @category Spoor 2
 */
export const SPOOR2_THRESHOLDS: Readonly<Record<keyof Spoor2Options, Spoor2Threshold>> =
  /* @__PURE__ */ Object.fromEntries(
    /* @__PURE__ */ SPOOR2_FINDING_RULES.flatMap((rule) =>
      rule.thresholds.map((t) => [t.option, t]),
    ),
  ) as Record<keyof Spoor2Options, Spoor2Threshold>;

/**
 * The default of every spoor-2 threshold, taken from the rows of {@link SPOOR2_FINDING_RULES}.
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7}
 * @example
 * ```ts
 * SPOOR2_DEFAULT_OPTIONS.intakeWithinDays; // 14
 * SPOOR2_DEFAULT_OPTIONS.reportEveryWeeks; // 6
 * ```
 * @category Spoor 2
 */
export const SPOOR2_DEFAULT_OPTIONS: Readonly<Spoor2Options> = /* @__PURE__ */ Object.fromEntries(
  /* @__PURE__ */ Object.values(SPOOR2_THRESHOLDS).map((t) => [t.option, t.default]),
) as unknown as Spoor2Options;
