import type { MilestoneRule } from './milestone-rule.js';
import { MILESTONE_RULES } from './milestone-rules.js';

/**
 * Picks, per milestone id, the rule row valid for a first sick day. When no row is valid (a
 * first sick day before the table's first `validFrom`) the earliest row is used and `older` is
 * `true`, so the engine can warn (`rules/version`).
 *
 * @param firstSickDay - The first sick day as `YYYY-MM-DD`.
 * @param table - The rule table (default {@link MILESTONE_RULES}).
 * @returns The rows in table order and whether older rules would have applied.
 * @see docs/rules.md ("Rule versions")
 * @example
 * ```ts
 * rulesFor('2007-06-26').older; // true
 * rulesFor('2025-01-06').rules.length; // 13
 * ```
 * @category Rules
 */
export function rulesFor(
  firstSickDay: string,
  table: readonly MilestoneRule[] = MILESTONE_RULES,
): { rules: readonly MilestoneRule[]; older: boolean } {
  // The selection only changes at a validFrom/validTo boundary: memoise per table and interval.
  let cache = selections.get(table);
  if (!cache) {
    const bounds = [
      ...new Set(table.flatMap((r) => (r.validTo ? [r.validFrom, r.validTo] : [r.validFrom]))),
    ].sort();
    cache = { bounds, byInterval: new Map() };
    selections.set(table, cache);
  }
  let interval = 0;
  while (interval < cache.bounds.length && cache.bounds[interval]! <= firstSickDay) interval++;
  let result = cache.byInterval.get(interval);
  if (!result) {
    result = select(firstSickDay, table);
    cache.byInterval.set(interval, result);
  }
  return result;
}

const selections = new WeakMap<
  readonly MilestoneRule[],
  { bounds: string[]; byInterval: Map<number, { rules: readonly MilestoneRule[]; older: boolean }> }
>();

function select(
  firstSickDay: string,
  table: readonly MilestoneRule[],
): { rules: readonly MilestoneRule[]; older: boolean } {
  const byId = new Map<string, MilestoneRule[]>();
  for (const row of table) {
    const rows = byId.get(row.id);
    if (rows) rows.push(row);
    else byId.set(row.id, [row]);
  }
  let older = false;
  const rules: MilestoneRule[] = [];
  for (const rows of byId.values()) {
    const valid = rows.find(
      (r) => r.validFrom <= firstSickDay && (r.validTo === null || firstSickDay < r.validTo),
    );
    if (valid) rules.push(valid);
    else {
      older = true;
      rules.push([...rows].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1))[0]!);
    }
  }
  return { rules, older };
}
