import { SLICE_SHAPE } from './canonical-summary.js';
import { type CountTree, own } from './plain-tree.js';
import { portfolioError } from './portfolio-error.js';
import type { PortfolioSlice } from './portfolio-slice.js';
import type { PortfolioSummary } from './portfolio-summary.js';

/**
 * The address of one number of a {@link PortfolioSummary}: the keys from the top of the summary
 * to the number, as in its JSON. `['invalid']`; `['total', …]`; `['byMonth', 'YYYY-MM', …]`;
 * `['byGroup', key, value, …]`; where `…` leads into a {@link PortfolioSlice} down to a count.
 *
 * @example
 * ```ts
 * const cells: PortfolioCell[] = [
 *   ['total', 'phases', 'jaar-2'],
 *   ['total', 'timeliness', 'probleemanalyse', 'late'],
 *   ['byGroup', 'afdeling', 'Magazijn', 'findings', 'casesByCode', 'start-spoor-2/no-decision'],
 *   ['byMonth', '2024-03', 'spoor2', 'outcomeByStartTiming', 'late', 'geen'],
 * ];
 * ```
 * @category Portfolio
 */
export type PortfolioCell = readonly string[];

/**
 * Which slice a cell lies in.
 *
 * @internal
 */
export type CellScope =
  | { type: 'invalid' }
  | { type: 'total' }
  | { type: 'month'; month: string }
  | { type: 'group'; key: string; value: string };

/**
 * Splits a cell into its scope and the path within the slice, and checks that the path leads
 * to a count in the shape of a slice.
 *
 * @param cell - The cell.
 * @returns The scope and the path within the slice.
 * @throws PoortwachterError `portfolio/unknown-cell` with the position of the first wrong key.
 * @internal
 */
export function parseCell(cell: PortfolioCell): { scope: CellScope; rest: readonly string[] } {
  const wrong = (i: number) => portfolioError('portfolio/unknown-cell', ['cell', i]);
  if (!Array.isArray(cell) || cell.some((k) => typeof k !== 'string')) throw wrong(0);
  let scope: CellScope;
  let from: number;
  switch (cell[0]) {
    case 'invalid':
      if (cell.length !== 1) throw wrong(1);
      return { scope: { type: 'invalid' }, rest: [] };
    case 'total':
      scope = { type: 'total' };
      from = 1;
      break;
    case 'byMonth':
      if (cell.length < 2) throw wrong(1);
      scope = { type: 'month', month: cell[1]! };
      from = 2;
      break;
    case 'byGroup':
      if (cell.length < 3) throw wrong(cell.length);
      scope = { type: 'group', key: cell[1]!, value: cell[2]! };
      from = 3;
      break;
    default:
      throw wrong(0);
  }
  let node: CountTree | number = SLICE_SHAPE;
  for (let i = from; i < cell.length; i++) {
    if (typeof node === 'number') throw wrong(i);
    const keys = Object.keys(node);
    if (keys.length === 0) {
      // A sparse record of counts: any key, and it is the last.
      if (i !== cell.length - 1) throw wrong(i + 1);
      return { scope, rest: cell.slice(from) };
    }
    const next: CountTree | number | undefined = own(node, cell[i]!);
    if (next === undefined) throw wrong(i);
    node = next;
  }
  if (typeof node !== 'number') throw wrong(cell.length);
  return { scope, rest: cell.slice(from) };
}

/**
 * The count at a path within a slice (0 for a key a sparse record does not have).
 *
 * @param slice - The slice.
 * @param rest - A path checked by {@link parseCell}.
 * @returns The count.
 * @internal
 */
export function sliceValue(slice: PortfolioSlice, rest: readonly string[]): number {
  let node: CountTree | number | undefined = slice as unknown as CountTree;
  for (const key of rest) {
    if (node === undefined || typeof node === 'number') return 0;
    node = own(node, key);
  }
  return typeof node === 'number' ? node : 0;
}

/**
 * Reads one cell of a summary: 0 for a month, group or code the summary does not have.
 *
 * @param summary - The summary.
 * @param cell - The cell.
 * @returns The number in the cell.
 * @throws PoortwachterError `portfolio/unknown-cell` when no summary has such a cell.
 * @example
 * ```ts
 * cellValue(summary, ['total', 'phases', 'jaar-2']) === summary.total.phases['jaar-2']; // true
 * cellValue(summary, ['byMonth', '1999-01', 'cases']); // 0
 * ```
 * @category Portfolio
 */
export function cellValue(summary: PortfolioSummary, cell: PortfolioCell): number {
  const { scope, rest } = parseCell(cell);
  let slice: PortfolioSlice | undefined;
  switch (scope.type) {
    case 'invalid':
      return summary.invalid;
    case 'total':
      slice = summary.total;
      break;
    case 'month':
      slice = own(summary.byMonth, scope.month);
      break;
    case 'group': {
      const values = own(summary.byGroup, scope.key);
      slice = values === undefined ? undefined : own(values, scope.value);
      break;
    }
  }
  return slice === undefined ? 0 : sliceValue(slice, rest);
}
