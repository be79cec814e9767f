import { toIsoDate, tryDayNumber } from '../calendar/day-number.js';
import { todayInAmsterdam } from '../calendar/today-in-amsterdam.js';
import { dateIssue } from '../input/date-issue.js';
import type { InputIssue } from '../input/input-issue.js';
import { INPUT_ISSUE_MESSAGES } from '../input/input-issue-codes.js';
import { PoortwachterInputError } from '../input/poortwachter-input-error.js';
import { validateOptions } from '../options/validate-options.js';
import type { IsoDate, RuleOptions } from '../types.js';
import type { PortfolioOptions } from './portfolio-case.js';

/** The keys of {@link PortfolioOptions} that are not rule options. */
const PORTFOLIO_KEYS = ['asOf', 'window', 'groupBy', 'firstIndex'] as const;

/** The default work-list window: the default `dueSoonDays` of the statuses. */
const DEFAULT_WINDOW = 14;

/**
 * What every figure of a portfolio depends on besides its cases: summaries are only merged when
 * their settings are equal. Plain data.
 *
 * @example
 * ```ts
 * const s: PortfolioSettings = { asOf: '2025-09-01', window: 14, groupBy: ['afdeling'], rules: {} };
 * ```
 * @category Portfolio
 */
export interface PortfolioSettings {
  asOf: IsoDate;
  /** Days ahead the work list covers; the `dueSoonDays` of every case. */
  window: number;
  /** The grouping keys, or `null` for every key the cases have. */
  groupBy: string[] | null;
  /** The rule options applied to every case (over each case file's own `options`). */
  rules: RuleOptions;
}

/**
 * Validates the options of a portfolio computation and resolves its settings.
 *
 * @param options - The caller's options.
 * @returns The settings and the index of the first case.
 * @throws PoortwachterInputError when an option cannot be used (paths start at the option).
 * @internal
 */
export function resolvePortfolioSettings(options: PortfolioOptions = {}): {
  settings: PortfolioSettings;
  firstIndex: number;
} {
  const issues: InputIssue[] = validateOptions(options, [], PORTFOLIO_KEYS);
  const invalid = (key: string) =>
    issues.push({
      code: 'option/invalid',
      path: [key],
      message: INPUT_ISSUE_MESSAGES['option/invalid'],
    });
  if ('dueSoonDays' in options)
    issues.push({
      code: 'option/unknown',
      path: ['dueSoonDays'],
      message: INPUT_ISSUE_MESSAGES['option/unknown'],
    });
  const asOf = options.asOf ?? todayInAmsterdam();
  const asOfDay = tryDayNumber(asOf);
  if (asOfDay === null) issues.push(dateIssue(asOf, ['asOf'])!);
  const window = options.window ?? DEFAULT_WINDOW;
  if (!Number.isInteger(window) || window < 0) invalid('window');
  const groupBy = options.groupBy ?? null;
  if (groupBy !== null && (!Array.isArray(groupBy) || groupBy.some((k) => typeof k !== 'string')))
    invalid('groupBy');
  const firstIndex = options.firstIndex ?? 0;
  if (!Number.isInteger(firstIndex) || firstIndex < 0) invalid('firstIndex');
  if (issues.length > 0) throw new PoortwachterInputError(issues);

  const rules: Record<string, unknown> = {};
  for (const key of Object.keys(options).sort()) {
    const value = (options as Record<string, unknown>)[key];
    if (value !== undefined && !(PORTFOLIO_KEYS as readonly string[]).includes(key))
      rules[key] = value;
  }
  return {
    settings: {
      asOf: toIsoDate(asOfDay!),
      window,
      groupBy: groupBy === null ? null : [...new Set(groupBy)].sort(),
      rules: rules as RuleOptions,
    },
    firstIndex,
  };
}
