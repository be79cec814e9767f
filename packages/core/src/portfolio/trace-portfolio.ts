import type { PortfolioCase, PortfolioOptions } from './portfolio-case.js';
import type { PortfolioCell } from './portfolio-cell.js';
import { createPortfolioTracer, type TraceHit } from './portfolio-tracer.js';

/**
 * The cases behind one cell of a portfolio summary: a second streaming pass over the same cases
 * with the same options. Each case is computed as the summary computed it; the hits are the
 * cases that add to the cell, with what they add, and their values sum to the cell
 * ({@link cellValue}). The summary itself keeps no references, so its size does not grow with
 * the number of cases; tracing costs one more pass, only when asked, and memory for the hits.
 *
 * @param cases - The same cases, in the same order (for the same indexes).
 * @param cell - The cell.
 * @param options - The options the summary was made with.
 * @returns The hits, in case order.
 * @throws PoortwachterError `portfolio/unknown-cell`; PoortwachterInputError for an invalid option.
 * @see docs/guides/portfolio.md ("Tracing a figure")
 * @example
 * ```ts
 * const options = { asOf: '2025-09-01' };
 * const summary = summarizePortfolio(cases, options);
 * const hits = tracePortfolio(cases, ['total', 'timeliness', 'probleemanalyse', 'missing'], options);
 * hits.reduce((n, h) => n + h.value, 0) === summary.total.timeliness.probleemanalyse.missing; // true
 * hits.map((h) => h.ref); // ['HR-2025-0042', …]
 * ```
 * @category Portfolio
 */
export function tracePortfolio(
  cases: Iterable<PortfolioCase>,
  cell: PortfolioCell,
  options: PortfolioOptions = {},
): TraceHit[] {
  const tracer = createPortfolioTracer(cell, options);
  for (const c of cases) tracer.add(c);
  return tracer.hits();
}
