import { canonicalSettings } from './canonical-summary.js';
import { sameSettings } from './same-settings.js';
import { compareWorkItems } from './work-item.js';
import type { WorkList } from './work-list.js';

/**
 * Merges the work lists of parts of a portfolio into the list of the whole: all items, sorted by
 * {@link compareWorkItems} (a total order), so the result does not depend on the order of the
 * parts. The parts must have equal settings.
 *
 * @param first - A work list.
 * @param rest - More work lists.
 * @returns The merged list (a new object).
 * @throws PoortwachterError (`portfolio/not-a-summary`, `portfolio/settings-differ`).
 * @example
 * ```ts
 * const [a, b] = [cases.slice(0, 500), cases.slice(500)];
 * const asOf = '2025-09-01';
 * const list = mergeWorkLists(portfolioWorkList(a, { asOf }), portfolioWorkList(b, { asOf, firstIndex: a.length }));
 * ```
 * @category Portfolio
 */
export function mergeWorkLists(first: WorkList, ...rest: WorkList[]): WorkList {
  const all = [first, ...rest];
  const settings = sameSettings('poortwachter/work-list', all);
  return {
    kind: 'poortwachter/work-list',
    version: 1,
    settings: canonicalSettings(settings),
    items: all.flatMap((l) => l.items).sort(compareWorkItems),
  };
}
