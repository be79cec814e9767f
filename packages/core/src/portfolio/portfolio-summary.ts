import type { PortfolioSettings } from './portfolio-settings.js';
import type { PortfolioSlice } from './portfolio-slice.js';

/**
 * The mergeable summary of a portfolio as of a date: the figures of all cases (`total`), of the
 * cases by month of their first sick day (`byMonth`, `YYYY-MM`), and by group (`byGroup[key][value]`),
 * each a {@link PortfolioSlice}; with the settings they depend on and the number of case files
 * that could not be used. Plain data: `JSON.parse(JSON.stringify(s))` is an equal summary.
 * Summaries of parts merge into the summary of the whole ({@link mergePortfolioSummaries}),
 * exactly and in any order; every cell can be traced to its cases ({@link tracePortfolio}).
 *
 * @example
 * ```ts
 * const s: PortfolioSummary = summarizePortfolio(cases, { asOf: '2025-09-01', groupBy: ['afdeling'] });
 * s.total.cases; s.byMonth['2024-03']?.phases['jaar-2']; s.byGroup.afdeling?.Magazijn?.spoor2.outcomes.plaatsing;
 * ```
 * @category Portfolio
 */
export interface PortfolioSummary {
  kind: 'poortwachter/portfolio-summary';
  version: 1;
  settings: PortfolioSettings;
  /** Cases the engine could not use (invalid input); they are in no slice. */
  invalid: number;
  total: PortfolioSlice;
  byMonth: Record<string, PortfolioSlice>;
  byGroup: Record<string, Record<string, PortfolioSlice>>;
}
