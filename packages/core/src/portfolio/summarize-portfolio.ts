import { createPortfolioAccumulator } from './portfolio-accumulator.js';
import type { PortfolioCase, PortfolioOptions } from './portfolio-case.js';
import type { PortfolioSummary } from './portfolio-summary.js';

/**
 * Summarises a portfolio of cases as of a date, streaming: one case in memory at a time (pass a
 * generator to keep it so). Per case it computes what `computeTimeline`, `checkCase`,
 * `casePhase`, `spoor2Status` and `assessSpoor2` say, once, and counts it into the whole, the
 * month of its first sick day and each of its groups. Cases the engine cannot use are counted in
 * `invalid`. Nothing medical is read or shown: only dates, statuses, codes and counts (group
 * keys and values that contain a medical term are screened).
 *
 * @param cases - The cases, in any order (the summary does not depend on it).
 * @param options - As-of date (default today in Amsterdam), window, grouping keys, first index
 *   and rule options.
 * @returns The summary (plain data).
 * @throws PoortwachterInputError when an option cannot be used.
 * @see docs/guides/portfolio.md
 * @example
 * ```ts
 * const s = summarizePortfolio(
 *   [
 *     { externalRef: 'A', groups: { afdeling: 'Zorg' }, sickPeriods: [{ start: '2025-01-06' }] },
 *     { externalRef: 'B', groups: { afdeling: 'Zorg' }, sickPeriods: [{ start: '2024-05-06', end: '2024-06-30' }] },
 *   ],
 *   { asOf: '2025-09-01' },
 * );
 * s.total.phases; // { 'jaar-1': 1, 'jaar-2': 0, 'na-wachttijd': 0, hersteld: 1 }
 * s.byGroup.afdeling?.Zorg?.cases; // 2
 * ```
 * @category Portfolio
 */
export function summarizePortfolio(
  cases: Iterable<PortfolioCase>,
  options: PortfolioOptions = {},
): PortfolioSummary {
  const acc = createPortfolioAccumulator(options, { summary: true, workList: false });
  for (const c of cases) acc.add(c);
  return acc.summary();
}
