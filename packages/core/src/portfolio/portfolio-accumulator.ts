import { PoortwachterInputError } from '../input/poortwachter-input-error.js';
import { canonicalSettings, canonicalSummary } from './canonical-summary.js';
import { applyDelta, type CaseDelta, caseDelta } from './case-delta.js';
import { caseFacts } from './case-facts.js';
import { caseRef } from './case-ref.js';
import { entryIn } from './entry-in.js';
import type { PortfolioCase, PortfolioOptions } from './portfolio-case.js';
import { resolvePortfolioSettings } from './portfolio-settings.js';
import type { PortfolioSummary } from './portfolio-summary.js';
import { counterToSlice, newCounter, type SliceCounter } from './slice-layout.js';
import { compareWorkItems, type WorkItem } from './work-item.js';
import type { WorkList } from './work-list.js';

/**
 * What a {@link PortfolioAccumulator} collects: the summary, the work list, or both (default).
 *
 * @example
 * ```ts
 * const collect: PortfolioCollect = { summary: true, workList: false };
 * ```
 * @category Portfolio
 */
export interface PortfolioCollect {
  summary?: boolean | undefined;
  workList?: boolean | undefined;
}

/**
 * Takes the cases of a portfolio one at a time, from any source (a file walk, a database
 * cursor, an async stream), and holds only the summary and the work list: a case is computed
 * once and dropped. Memory stays bounded by the number of months and group values (and, when
 * collected, of work items), whatever the number of cases.
 *
 * @example
 * ```ts
 * const acc = createPortfolioAccumulator({ asOf: '2025-09-01' });
 * for (const c of cases) acc.add(c);
 * const { total } = acc.summary();
 * ```
 * @category Portfolio
 */
export interface PortfolioAccumulator {
  /**
   * Adds the next case. A case the engine cannot use is counted in `invalid` and skipped.
   *
   * @param input - The case.
   * @param ref - Its reference (default: its `externalRef`, else `#` and its index).
   */
  add(input: PortfolioCase, ref?: string): void;
  /** The summary of the cases added so far (a new object each call; empty when not collected). */
  summary(): PortfolioSummary;
  /** The work list of the cases added so far (a new object each call; empty when not collected). */
  workList(): WorkList;
}

/**
 * Creates a {@link PortfolioAccumulator}: the streaming core of {@link summarizePortfolio} and
 * {@link portfolioWorkList}, for a caller who reads its cases asynchronously or wants both in one
 * pass. Each case is computed once: one timeline, one reading of its trajectory.
 *
 * @param options - As-of date, window, grouping keys, first index and rule options.
 * @param collect - What to collect (default both).
 * @returns The accumulator.
 * @throws PoortwachterInputError when an option cannot be used.
 * @example
 * ```ts
 * const acc = createPortfolioAccumulator({ asOf: '2025-09-01', groupBy: ['afdeling'] });
 * acc.add({ externalRef: 'HR-1', groups: { afdeling: 'Magazijn' }, sickPeriods: [{ start: '2025-06-02' }] });
 * acc.summary().total.phases['jaar-1']; // 1
 * acc.workList().items.map((i) => i.code);
 * // ['ziekmelding-bedrijfsarts/overdue', 'probleemanalyse/overdue', 'plan-van-aanpak/overdue', 'evaluatie-1/due-soon']
 * ```
 * @category Portfolio
 */
export function createPortfolioAccumulator(
  options: PortfolioOptions = {},
  collect: PortfolioCollect = {},
): PortfolioAccumulator {
  const { settings, firstIndex } = resolvePortfolioSettings(options);
  const wantSummary = collect.summary ?? true;
  const wantWork = collect.workList ?? true;
  let index = firstIndex;
  let invalid = 0;
  const total = newCounter();
  const byMonth = new Map<string, SliceCounter>();
  const byGroup = new Map<string, Map<string, SliceCounter>>();
  const items: WorkItem[] = [];
  const delta: CaseDelta = { dense: [], sparse: [] };
  const slices = <K>(map: Map<K, SliceCounter>) =>
    [...map].map(([key, c]) => [key, counterToSlice(c)] as [K, ReturnType<typeof counterToSlice>]);

  return {
    add(input, ref) {
      const i = index++;
      let facts: ReturnType<typeof caseFacts>;
      try {
        facts = caseFacts(
          input,
          settings,
          wantWork ? { ref: ref ?? caseRef(input, i), index: i } : null,
        );
      } catch (error) {
        if (!(error instanceof PoortwachterInputError)) throw error;
        invalid++;
        return;
      }
      if (facts.work !== null) items.push(...facts.work);
      if (!wantSummary) return;
      caseDelta(facts, delta);
      applyDelta(total, delta);
      applyDelta(entryIn(byMonth, facts.month, newCounter), delta);
      for (const [key, value] of facts.groups)
        applyDelta(
          entryIn(
            entryIn(byGroup, key, () => new Map()),
            value,
            newCounter,
          ),
          delta,
        );
    },
    summary() {
      return canonicalSummary({
        settings,
        invalid,
        total: counterToSlice(total),
        byMonth: slices(byMonth),
        byGroup: [...byGroup].map(([key, values]) => [key, slices(values)]),
      });
    },
    workList() {
      return {
        kind: 'poortwachter/work-list',
        version: 1,
        settings: canonicalSettings(settings),
        items: [...items].sort(compareWorkItems),
      };
    },
  };
}
