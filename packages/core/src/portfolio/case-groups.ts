import { findMedicalTerms } from '../privacy/find-medical-terms.js';
import type { PortfolioCase } from './portfolio-case.js';

/**
 * The group value of a case that lacks a grouping key named in `groupBy`.
 *
 * @example
 * ```ts
 * summary.byGroup.afdeling?.[GROUP_VALUE_MISSING]?.cases; // cases without a department
 * ```
 * @category Portfolio
 */
export const GROUP_VALUE_MISSING = '(geen)';

/**
 * The group key or value that stands in for one the medical-term screen flags: a portfolio
 * never shows health information, not even when it is typed into a group.
 *
 * @example
 * ```ts
 * summary.byGroup.afdeling?.[GROUP_VALUE_SCREENED]; // cases whose department looked medical
 * ```
 * @category Portfolio
 */
export const GROUP_VALUE_SCREENED = '(afgeschermd)';

const SCREEN_CACHE_LIMIT = 10_000;
const screened = new Map<string, string>();

/** The text, or {@link GROUP_VALUE_SCREENED} when it contains a medical term (memoised). */
function screen(text: string): string {
  let out = screened.get(text);
  if (out === undefined) {
    out = findMedicalTerms(text).length > 0 ? GROUP_VALUE_SCREENED : text;
    if (screened.size >= SCREEN_CACHE_LIMIT) screened.clear();
    screened.set(text, out);
  }
  return out;
}

/**
 * The groups a case counts in: for every key of `groupBy` (or every key of the case's `groups`
 * when `null`) its value, {@link GROUP_VALUE_MISSING} when the case lacks a named key, keys and
 * values that contain a medical term replaced by {@link GROUP_VALUE_SCREENED}.
 *
 * @param groups - The case's `groups`.
 * @param groupBy - The grouping keys, or `null` for the case's own.
 * @returns `[key, value]` pairs, each key once.
 * @internal
 */
export function caseGroups(
  groups: PortfolioCase['groups'],
  groupBy: readonly string[] | null,
): [string, string][] {
  const out: [string, string][] = [];
  const seen = new Set<string>();
  const keys = groupBy ?? (groups ? Object.keys(groups) : []);
  for (const key of keys) {
    const raw = groups && Object.hasOwn(groups, key) ? groups[key] : undefined;
    const shownKey = screen(key);
    if (seen.has(shownKey)) continue;
    seen.add(shownKey);
    out.push([shownKey, typeof raw === 'string' ? screen(raw) : GROUP_VALUE_MISSING]);
  }
  return out;
}
