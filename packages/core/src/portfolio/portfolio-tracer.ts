import { PoortwachterInputError } from '../input/poortwachter-input-error.js';
import { caseDelta, deltaValue } from './case-delta.js';
import { caseFacts } from './case-facts.js';
import { caseRef } from './case-ref.js';
import type { PortfolioCase, PortfolioOptions } from './portfolio-case.js';
import { type PortfolioCell, parseCell } from './portfolio-cell.js';
import { resolvePortfolioSettings } from './portfolio-settings.js';
import { cellTarget } from './slice-layout.js';

/**
 * One case behind a cell: its reference and index, and what it adds to the cell (1 for a case
 * count; for other counts the case's own part, such as its number of evaluations that were late).
 * The values of all hits add up to the cell.
 *
 * @example
 * ```ts
 * const hit: TraceHit = { ref: 'HR-2025-0042', index: 17, value: 1 };
 * ```
 * @category Portfolio
 */
export interface TraceHit {
  ref: string;
  index: number;
  value: number;
}

/**
 * Takes the cases of a portfolio one at a time (as {@link createPortfolioAccumulator} does) and
 * keeps the cases behind one cell.
 *
 * @example
 * ```ts
 * const tracer = createPortfolioTracer(['total', 'phases', 'jaar-2'], { asOf: '2025-09-01' });
 * for (const c of cases) tracer.add(c);
 * tracer.hits();
 * ```
 * @category Portfolio
 */
export interface PortfolioTracer {
  /**
   * Adds the next case.
   *
   * @param input - The case.
   * @param ref - Its reference (default: its `externalRef`, else `#` and its index).
   */
  add(input: PortfolioCase, ref?: string): void;
  /** The hits so far, in the order the cases came. */
  hits(): TraceHit[];
}

/**
 * Creates a {@link PortfolioTracer} for one cell: a second pass over the same cases, with the
 * same options, that computes each case as the summary did and keeps the cases whose own summary
 * has a non-zero value in the cell. Memory holds only the hits.
 *
 * @param cell - The cell ({@link PortfolioCell}).
 * @param options - The options the summary was made with.
 * @returns The tracer.
 * @throws PoortwachterError `portfolio/unknown-cell`; PoortwachterInputError for an invalid option.
 * @example
 * ```ts
 * const tracer = createPortfolioTracer(['invalid'], { asOf: '2025-09-01' });
 * tracer.add({ externalRef: 'X', sickPeriods: [] });
 * tracer.hits(); // [{ ref: 'X', index: 0, value: 1 }]
 * ```
 * @category Portfolio
 */
export function createPortfolioTracer(
  cell: PortfolioCell,
  options: PortfolioOptions = {},
): PortfolioTracer {
  const { scope, rest } = parseCell(cell);
  const target = scope.type === 'invalid' ? null : cellTarget(rest);
  const { settings, firstIndex } = resolvePortfolioSettings(options);
  const hits: TraceHit[] = [];
  let index = firstIndex;
  return {
    add(input, ref) {
      const i = index++;
      const hit = (value: number) => {
        if (value !== 0) hits.push({ ref: ref ?? caseRef(input, i), index: i, value });
      };
      let facts: ReturnType<typeof caseFacts>;
      try {
        facts = caseFacts(input, settings, null);
      } catch (error) {
        if (!(error instanceof PoortwachterInputError)) throw error;
        if (scope.type === 'invalid') hit(1);
        return;
      }
      if (scope.type === 'invalid') return;
      if (scope.type === 'month' && facts.month !== scope.month) return;
      if (
        scope.type === 'group' &&
        !facts.groups.some(([k, v]) => k === scope.key && v === scope.value)
      )
        return;
      hit(deltaValue(caseDelta(facts), target!));
    },
    hits: () => [...hits],
  };
}
