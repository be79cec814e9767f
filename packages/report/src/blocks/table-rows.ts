import { type TableCell, TableRow } from 'docx';

/**
 * Rows longer than this many characters may split over pages: a row that cannot split and is
 * taller than a page is cut off by LibreOffice, and one that nearly fills a page leaves the
 * page before it empty but for a heading.
 *
 * @example
 * ```ts
 * const splits = text.length > LONG_ROW;
 * ```
 * @category Blocks
 */
export const LONG_ROW = 600;

/**
 * Whether row `index` of `count` rows keeps with the next one: the first row (a header or the
 * first field) and the row before the last, so that no table leaves a single row at the
 * bottom of a page or carries a single row over to the next.
 *
 * @param index - The row's index among the table's rows.
 * @param count - The number of rows.
 * @returns `true` when the row's paragraphs should keep with the next row.
 * @example
 * ```ts
 * keepsWithNext(0, 5); // true
 * keepsWithNext(3, 5); // true
 * keepsWithNext(4, 5); // false
 * ```
 * @category Blocks
 */
export function keepsWithNext(index: number, count: number): boolean {
  return index < count - 1 && (index === 0 || index === count - 2);
}

/**
 * A table row that keeps its cells on one page unless its text is long ({@link LONG_ROW}).
 *
 * @param cells - The cells.
 * @param length - The number of characters in the row.
 * @param options - `tableHeader` repeats the row on every page.
 * @returns The row.
 * @example
 * ```ts
 * tableRow([tableCell('Naam', 2000, defaultTheme)], 4);
 * ```
 * @category Blocks
 */
export function tableRow(
  cells: TableCell[],
  length: number,
  options: { tableHeader?: boolean } = {},
): TableRow {
  return new TableRow({
    tableHeader: options.tableHeader,
    cantSplit: length <= LONG_ROW,
    children: cells,
  });
}
