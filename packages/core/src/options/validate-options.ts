import { dateIssue } from '../input/date-issue.js';
import type { InputIssue } from '../input/input-issue.js';
import { INPUT_ISSUE_MESSAGES, type InputIssueCode } from '../input/input-issue-codes.js';
import { inputIssue } from '../input/input-issue-detail.js';
import type { IssuePath } from '../issues/issue.js';
import { validateSpoor2Options } from '../spoor2/resolve-spoor2-options.js';
import { OPTION_RULES } from './option-rules.js';

/** The key of the spoor-2 thresholds among the options (checked by the spoor-2 table). */
const SPOOR2_OPTIONS = 'spoor2';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const RULES = /* @__PURE__ */ new Map<string, (typeof OPTION_RULES)[number]>(
  /* @__PURE__ */ OPTION_RULES.map((r) => [r.name, r]),
);
const CALENDAR_BASES = ['atw', 'weekends-only'];

/**
 * Checks rule options against {@link OPTION_RULES} (and the spoor-2 thresholds under `spoor2`
 * against their table): an unknown option is `option/unknown`, a
 * value outside the option's readings (or not a whole number at least its minimum) is
 * `option/invalid`, and the working-day calendar is checked field by field. `extraKeys` names
 * keys that the caller handles itself (such as `asOf` in the options of a call).
 *
 * @param options - The options (`undefined` is fine).
 * @param path - Where they sit: `['options']` in a case file, `[]` for the options of a call.
 * @param extraKeys - Keys allowed besides the rule options.
 * @returns The issues found.
 * @example
 * ```ts
 * validateOptions({ weekendDeadlines: 'roll' }, ['options']);
 * // [{ code: 'option/invalid', path: ['options', 'weekendDeadlines'], message: {…} }]
 * ```
 * @category Options
 */
export function validateOptions(
  options: unknown,
  path: IssuePath,
  extraKeys: readonly string[] = [],
): InputIssue[] {
  if (options === undefined) return [];
  const issue = (code: InputIssueCode, at: IssuePath): InputIssue => ({
    code,
    path: at,
    message: INPUT_ISSUE_MESSAGES[code],
  });
  if (!isObject(options)) return [issue('field/type', path)];
  const issues: InputIssue[] = [];
  for (const key in options) {
    if (!Object.hasOwn(options, key)) continue;
    const value = options[key];
    if (key === SPOOR2_OPTIONS) {
      issues.push(...validateSpoor2Options(value, [...path, key]));
      continue;
    }
    const rule = RULES.get(key);
    if (rule === undefined) {
      if (!extraKeys.includes(key)) issues.push(issue('option/unknown', [...path, key]));
      continue;
    }
    if (value === undefined) continue;
    const at = [...path, key];
    switch (rule.kind) {
      case 'choice':
        if (!rule.values.some((v) => v.value === value))
          issues.push(
            inputIssue('option/invalid', at, { choices: rule.values.map((v) => v.value) }),
          );
        break;
      case 'integer':
        if (typeof value !== 'number' || !Number.isInteger(value) || value < rule.min)
          issues.push(issue('option/invalid', at));
        break;
      case 'calendar': {
        if (!isObject(value)) {
          issues.push(issue('option/invalid', at));
          break;
        }
        for (const [field, v] of Object.entries(value)) {
          if (field === 'base') {
            if (v !== undefined && !CALENDAR_BASES.includes(v as string))
              issues.push(
                inputIssue('option/invalid', [...at, field], { choices: CALENDAR_BASES }),
              );
          } else if (field === 'nonWorkingDays') {
            if (v === undefined) continue;
            if (!Array.isArray(v)) issues.push(issue('field/type', [...at, field]));
            else
              v.forEach((d, i) => {
                const problem = dateIssue(d, [...at, field, i]);
                if (problem) issues.push(problem);
              });
          } else issues.push(issue('field/unknown', [...at, field]));
        }
        break;
      }
    }
  }
  return issues;
}
