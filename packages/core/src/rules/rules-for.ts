import { toDayNumber, toIsoDate } from '../calendar/day-number.js';
import type { MilestoneRule } from './milestone-rule.js';
import { MILESTONE_RULES } from './milestone-rules.js';

/**
 * Picks, per milestone id, the rule row valid for a first sick day. When no row is valid (a
 * first sick day before the table's first `validFrom`) the earliest row is used and `older` is
 * `true`, so the engine can warn (`rules/version`).
 *
 * @param firstSickDay - The first sick day as a day number.
 * @param table - The rule table (default {@link MILESTONE_RULES}).
 * @returns The rows in table order and whether older rules would have applied.
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#rule-versions | docs/rules.md ("Rule versions")}
 * @example
 * ```ts
 * rulesFor(toDayNumber('2007-06-26')).older; // true
 * rulesFor(toDayNumber('2025-01-06')).rules.length; // 13
 * ```
 * @category Rules
 */
export function rulesFor(
  firstSickDay: number,
  table: readonly MilestoneRule[] = MILESTONE_RULES,
): { rules: readonly MilestoneRule[]; older: boolean } {
  // The selection only changes at a validFrom/validTo boundary: memoise per table and interval.
  let cache = selections.get(table);
  if (!cache) {
    const bounds = [
      ...new Set(table.flatMap((r) => (r.validTo ? [r.validFrom, r.validTo] : [r.validFrom]))),
    ]
      .sort()
      .map(toDayNumber);
    cache = { bounds, byInterval: [] };
    selections.set(table, cache);
  }
  const { bounds, byInterval } = cache;
  let interval = 0;
  while (interval < bounds.length && bounds[interval]! <= firstSickDay) interval++;
  let result = byInterval[interval];
  if (!result) {
    result = select(toIsoDate(firstSickDay), table);
    byInterval[interval] = result;
  }
  return result;
}

const selections = new WeakMap<
  readonly MilestoneRule[],
  { bounds: number[]; byInterval: { rules: readonly MilestoneRule[]; older: boolean }[] }
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
