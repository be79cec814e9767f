import { canonicalSummary } from './canonical-summary.js';
import { entryIn } from './entry-in.js';
import { addTree, type CountTree } from './plain-tree.js';
import { emptySlice, type PortfolioSlice } from './portfolio-slice.js';
import type { PortfolioSummary } from './portfolio-summary.js';
import { sameSettings } from './same-settings.js';

const add = (target: PortfolioSlice, source: PortfolioSlice) =>
  addTree(target as unknown as CountTree, source as unknown as CountTree);

/**
 * Merges the summaries of parts of a portfolio into the summary of the whole: every cell is a
 * count or an integer sum, so the result equals the summary of all the cases at once, exactly,
 * whatever the order of the parts or of the cases within them. The parts must have equal
 * settings (as-of date, window, grouping keys, rule options). Summaries read back from JSON
 * merge like the originals.
 *
 * @param first - A summary.
 * @param rest - More summaries.
 * @returns The merged summary (a new object).
 * @throws PoortwachterError (`portfolio/not-a-summary`, `portfolio/settings-differ`; the path
 *   gives the argument's position).
 * @example
 * ```ts
 * const [firstHalf, secondHalf] = [cases.slice(0, 500), cases.slice(500)];
 * const whole = mergePortfolioSummaries(
 *   summarizePortfolio(firstHalf, { asOf: '2025-09-01' }),
 *   summarizePortfolio(secondHalf, { asOf: '2025-09-01', firstIndex: firstHalf.length }),
 * );
 * // deep-equal to summarizePortfolio([...firstHalf, ...secondHalf], { asOf: '2025-09-01' })
 * ```
 * @category Portfolio
 */
export function mergePortfolioSummaries(
  first: PortfolioSummary,
  ...rest: PortfolioSummary[]
): PortfolioSummary {
  const all = [first, ...rest];
  const settings = sameSettings('poortwachter/portfolio-summary', all);
  const total = emptySlice();
  const byMonth = new Map<string, PortfolioSlice>();
  const byGroup = new Map<string, Map<string, PortfolioSlice>>();
  let invalid = 0;
  for (const s of all) {
    invalid += s.invalid;
    add(total, s.total);
    for (const [month, slice] of Object.entries(s.byMonth))
      add(entryIn(byMonth, month, emptySlice), slice);
    for (const [key, values] of Object.entries(s.byGroup))
      for (const [value, slice] of Object.entries(values))
        add(
          entryIn(
            entryIn(byGroup, key, () => new Map()),
            value,
            emptySlice,
          ),
          slice,
        );
  }
  return canonicalSummary({ settings, invalid, total, byMonth, byGroup });
}
