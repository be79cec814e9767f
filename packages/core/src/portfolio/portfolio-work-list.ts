import { createPortfolioAccumulator } from './portfolio-accumulator.js';
import type { PortfolioCase, PortfolioOptions } from './portfolio-case.js';
import type { WorkList } from './work-list.js';

/**
 * The work list of a portfolio as of a date, streaming: every milestone and spoor-2 action that
 * is overdue or due within the window (default the next 14 days), sorted by date, severity, case
 * and code, each with its case reference, actor, severity, message and source. The statuses and
 * findings are those of `checkCase` with `dueSoonDays` set to the window:
 * - a milestone finding `<id>/overdue` or `<id>/due-soon`, and `start-spoor-2/no-decision` as an
 *   error (neither a start nor a skip ground by the latest start);
 * - the report to UWV at the end of employment (`einde-dienstverband/riv-…`) while its date lies
 *   within the window;
 * - a spoor-2 step that a date makes due ({@link SPOOR2_ACTIONS}: intake, trajectplan, next
 *   activity, next progress report, final report): overdue, it is the finding `checkCase`
 *   raises; due within the window, an item with `raised: false` and the code it will get.
 *
 * @param cases - The cases, in any order.
 * @param options - As-of date, window, first index and rule options.
 * @returns The work list (plain data).
 * @throws PoortwachterInputError when an option cannot be used.
 * @see docs/guides/portfolio.md ("Work list")
 * @example
 * ```ts
 * const list = portfolioWorkList([{ externalRef: 'A', sickPeriods: [{ start: '2025-07-14' }] }], { asOf: '2025-08-20' });
 * list.items.map((i) => `${i.date} ${i.status} ${i.code}`);
 * // ['2025-07-20 overdue ziekmelding-bedrijfsarts/overdue', '2025-08-24 due-soon probleemanalyse/due-soon']
 * ```
 * @category Portfolio
 */
export function portfolioWorkList(
  cases: Iterable<PortfolioCase>,
  options: PortfolioOptions = {},
): WorkList {
  const acc = createPortfolioAccumulator(options, { summary: false, workList: true });
  for (const c of cases) acc.add(c);
  return acc.workList();
}
