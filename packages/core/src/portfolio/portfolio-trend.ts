import { canonicalSlice } from './canonical-summary.js';
import { entryIn } from './entry-in.js';
import { addTree, type CountTree } from './plain-tree.js';
import { emptySlice, type PortfolioSlice } from './portfolio-slice.js';
import type { PortfolioSummary } from './portfolio-summary.js';

/**
 * One period of a trend: a month (`YYYY-MM`) or quarter (`YYYY-Qn`) of first sick days and the
 * slice of its cases.
 *
 * @example
 * ```ts
 * const point: TrendPoint = portfolioTrend(summary, 'quarter')[0]!;
 * point.period; // '2024-Q1'
 * ```
 * @category Portfolio
 */
export interface TrendPoint {
  period: string;
  slice: PortfolioSlice;
}

/**
 * The trend of a portfolio by month or quarter of the first sick day (of each case's latest
 * chain): the slices of `byMonth`, or per quarter the merge of its months' slices (exact, as
 * every cell is a count). Periods without cases are left out; the points are in time order.
 *
 * @param summary - The summary.
 * @param by - `month` or `quarter`.
 * @returns The points.
 * @example
 * ```ts
 * for (const { period, slice } of portfolioTrend(summary, 'quarter'))
 *   console.log(period, slice.cases, portfolioFigures(slice).spoor2.startedBeforeWeek52);
 * ```
 * @category Portfolio
 */
export function portfolioTrend(summary: PortfolioSummary, by: 'month' | 'quarter'): TrendPoint[] {
  const periods = new Map<string, PortfolioSlice>();
  for (const month of Object.keys(summary.byMonth).sort()) {
    const period =
      by === 'month' ? month : `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
    const slice = entryIn(periods, period, emptySlice) as unknown as CountTree;
    addTree(slice, summary.byMonth[month] as unknown as CountTree);
  }
  return [...periods].map(([period, slice]) => ({ period, slice: canonicalSlice(slice) }));
}
