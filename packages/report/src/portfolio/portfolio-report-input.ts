import type { PortfolioSummary, WorkList } from '@poortwachter/core';

/**
 * What a portfolio management report is made of: the summary of a portfolio and its work list
 * as of the same date (`summarizePortfolio` and `portfolioWorkList` of `@poortwachter/core`, or
 * one `createPortfolioAccumulator` pass), and the grouping keys to give a table each.
 *
 * @example
 * ```ts
 * import { createPortfolioAccumulator } from '@poortwachter/core';
 *
 * const acc = createPortfolioAccumulator({ asOf: '2025-09-01', groupBy: ['afdeling'] });
 * acc.add({ externalRef: 'HR-1', groups: { afdeling: 'Magazijn' }, sickPeriods: [{ start: '2025-06-02' }] });
 * const input: PortfolioReportInput = { summary: acc.summary(), workList: acc.workList(), groups: ['afdeling'] };
 * ```
 * @category Portfolio report
 */
export interface PortfolioReportInput {
  summary: PortfolioSummary;
  workList: WorkList;
  /** The grouping keys of `summary.byGroup` to show a table for; none by default. */
  groups?: readonly string[] | undefined;
}
