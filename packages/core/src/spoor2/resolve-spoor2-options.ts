import type { InputIssue } from '../input/input-issue.js';
import { INPUT_ISSUE_MESSAGES } from '../input/input-issue-codes.js';
import { SPOOR2_DEFAULT_OPTIONS, SPOOR2_THRESHOLDS } from './spoor2-default-options.js';
import type { Spoor2Options } from './spoor2-options.js';
import type { Spoor2Plan } from './spoor2-trajectory.js';

/**
 * Whether a value is allowed for a threshold: a finite number, at least its minimum, whole where
 * the threshold counts days or weeks.
 *
 * @param option - The threshold.
 * @param value - Any value.
 * @returns `true` when the value can be used.
 * @example
 * ```ts
 * isValidSpoor2Threshold('reportEveryWeeks', 6); // true
 * isValidSpoor2Threshold('reportEveryWeeks', 0); // false
 * ```
 * @category Spoor 2
 */
export function isValidSpoor2Threshold(option: keyof Spoor2Options, value: unknown): boolean {
  const t = SPOOR2_THRESHOLDS[option];
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= t.min &&
    (!t.integer || Number.isInteger(value))
  );
}

/**
 * Checks the `spoor2` options of a call: known names and allowed values. Paths start at
 * `['options', 'spoor2']`.
 *
 * @param path - Where the thresholds sit (`['options', 'spoor2']` in a case file, `['spoor2']` in
 *   the options of a call).
 * @param options - The options given, if any.
 * @returns The problems found (`option/unknown`, `option/invalid`).
 * @example
 * ```ts
 * validateSpoor2Options({ intakeWithinDays: -1 });
 * // [{ code: 'option/invalid', path: ['options', 'spoor2', 'intakeWithinDays'], message: {…} }]
 * ```
 * @category Spoor 2
 */
export function validateSpoor2Options(
  options: unknown,
  path: readonly (string | number)[] = ['options', 'spoor2'],
): InputIssue[] {
  if (options === undefined) return [];
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    return [
      {
        code: 'option/invalid',
        path: [...path],
        message: INPUT_ISSUE_MESSAGES['option/invalid'],
      },
    ];
  const issues: InputIssue[] = [];
  for (const [key, value] of Object.entries(options)) {
    if (!Object.hasOwn(SPOOR2_THRESHOLDS, key)) {
      issues.push({
        code: 'option/unknown',
        path: [...path, key],
        message: INPUT_ISSUE_MESSAGES['option/unknown'],
      });
    } else if (value !== undefined && !isValidSpoor2Threshold(key as keyof Spoor2Options, value)) {
      issues.push({
        code: 'option/invalid',
        path: [...path, key],
        message: INPUT_ISSUE_MESSAGES['option/invalid'],
      });
    }
  }
  return issues;
}

/**
 * The thresholds that apply to a trajectory: a value agreed in its trajectplan
 * (`applicationsPerWeek`, `reportEveryWeeks`) wins, then the caller's option, then the default
 * (see {@link Spoor2Options} for why). Assumes validated input.
 *
 * @param options - The caller's options (validated by {@link validateSpoor2Options}).
 * @param plan - The trajectplan in force, if any.
 * @returns Every threshold with its value.
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7} ("a value agreed in the trajectplan overrides the default")
 * @example
 * ```ts
 * resolveSpoor2Options({ applicationsPerWeek: 3 }, { date: '2025-03-14', applicationsPerWeek: 2 }).applicationsPerWeek; // 2
 * resolveSpoor2Options({ applicationsPerWeek: 3 }, null).applicationsPerWeek; // 3
 * ```
 * @category Spoor 2
 */
export function resolveSpoor2Options(
  options: Partial<Spoor2Options> | undefined,
  plan: Spoor2Plan | null | undefined,
): Spoor2Options {
  const out = { ...SPOOR2_DEFAULT_OPTIONS };
  for (const t of Object.values(SPOOR2_THRESHOLDS)) {
    const agreed = t.agreedInPlan ? plan?.[t.option as keyof Spoor2Plan] : undefined;
    const given = options?.[t.option];
    if (typeof agreed === 'number') out[t.option] = agreed;
    else if (given !== undefined) out[t.option] = given;
  }
  return out;
}
