import type { PortfolioSettings } from './portfolio-settings.js';
import type { WorkItem } from './work-item.js';

/**
 * A portfolio's work list as of a date: every item due within the window or overdue, sorted by
 * {@link compareWorkItems}, with the settings it depends on. Plain data; lists of parts merge
 * into the list of the whole ({@link mergeWorkLists}).
 *
 * @example
 * ```ts
 * const list: WorkList = portfolioWorkList(cases, { asOf: '2025-09-01' });
 * for (const item of list.items) console.log(item.date, item.status, item.ref, item.message.nl);
 * ```
 * @category Portfolio
 */
export interface WorkList {
  kind: 'poortwachter/work-list';
  version: 1;
  settings: PortfolioSettings;
  items: WorkItem[];
}
