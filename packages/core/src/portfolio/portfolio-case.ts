import type { CaseInput, IsoDate, RuleOptions } from '../types.js';

/**
 * A case of a portfolio: the engine's {@link CaseInput} with the case file's reference and
 * groups ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#1-case-file | docs/contract.md, "Case file"}). A full case file of `@poortwachter/schema` satisfies it.
 *
 * @example
 * ```ts
 * const c: PortfolioCase = {
 *   externalRef: 'HR-2025-0042',
 *   groups: { afdeling: 'Logistiek', locatie: 'Utrecht' },
 *   sickPeriods: [{ start: '2025-01-06' }],
 * };
 * ```
 * @category Portfolio
 */
export interface PortfolioCase extends CaseInput {
  /** The caller's own reference; the portfolio names the case by it (never by name or BSN). */
  externalRef?: string | null | undefined;
  /** Free-form grouping keys and values (department, location, function group). */
  groups?: Readonly<Record<string, string>> | null | undefined;
}

/**
 * The options of a portfolio computation: the rule options of every case (except
 * `dueSoonDays`, which is the work-list window), the as-of date, the window, the grouping keys,
 * and the index of the first case when this is one part of a larger portfolio.
 *
 * @example
 * ```ts
 * const options: PortfolioOptions = { asOf: '2025-09-01', window: 14, groupBy: ['afdeling'] };
 * ```
 * @category Portfolio
 */
export interface PortfolioOptions extends Omit<RuleOptions, 'dueSoonDays'> {
  /** The date of the view. Default: today in Europe/Amsterdam. */
  asOf?: IsoDate | undefined;
  /**
   * Days ahead that the work list covers, default 14. It is the `dueSoonDays` of every case:
   * a milestone due within the window is `due-soon`, as `checkCase` says with the same value.
   */
  window?: number | undefined;
  /** The keys of `groups` to break figures down by. Default: every key any case has. */
  groupBy?: readonly string[] | undefined;
  /** The index of the first case (default 0): parts of a larger portfolio keep global indexes. */
  firstIndex?: number | undefined;
}
