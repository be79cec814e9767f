import { Table, WidthType } from 'docx';
import type { Theme } from '../theme/theme.js';
import { columnWidths } from './column-widths.js';
import { cellLength, type TableCellValue, tableCell } from './table-cell-value.js';
import { keepsWithNext, tableRow } from './table-rows.js';
import { CELL_MARGINS, tableBorders } from './table-style.js';

/**
 * A column of a {@link dataTable}: its header text and its relative width.
 *
 * @example
 * ```ts
 * const columns: DataTableColumn[] = [{ header: 'Datum', weight: 1 }, { header: 'Omschrijving', weight: 4 }];
 * ```
 * @category Blocks
 */
export interface DataTableColumn {
  /** The text of the column's header cell. */
  header: string;
  /** The column's share of the table width, relative to the other columns. */
  weight: number;
}

/**
 * A table with a header row that repeats on every page, rows that split over pages only when
 * they are long, no single row left at the bottom of a page or carried alone to the next, and
 * explicit column widths in DXA. An empty list gives one row saying so, so an empty section is
 * visibly empty rather than missing.
 *
 * @param columns - Headers and relative widths.
 * @param rows - The cells of each row, one per column.
 * @param theme - Colours of borders, header fill and text.
 * @param emptyText - The text of the single row shown when `rows` is empty.
 * @returns The docx table, as wide as the page's text.
 * @example
 * ```ts
 * dataTable([{ header: 'Wie', weight: 1 }, { header: 'Wat', weight: 3 }], [['werkgever', 'Werkplek aanpassen']], defaultTheme);
 * ```
 * @category Blocks
 */
export function dataTable(
  columns: readonly DataTableColumn[],
  rows: readonly (readonly TableCellValue[])[],
  theme: Theme,
  emptyText = 'Geen.',
): Table {
  const widths = columnWidths(columns.map((c) => c.weight));
  const total = widths.reduce((a, b) => a + b, 0);
  const count = Math.max(rows.length, 1) + 1;
  const header = tableRow(
    columns.map((c, i) =>
      tableCell(c.header, widths[i] ?? 0, theme, { role: 'header', keepNext: true }),
    ),
    0,
    { tableHeader: true },
  );
  const body =
    rows.length === 0
      ? [
          tableRow(
            [tableCell(emptyText, total, theme, { columnSpan: columns.length, muted: true })],
            emptyText.length,
          ),
        ]
      : rows.map((cells, r) => {
          const keepNext = keepsWithNext(r + 1, count);
          return tableRow(
            cells.map((cell, i) => tableCell(cell, widths[i] ?? 0, theme, { keepNext })),
            cells.reduce((n, cell) => n + cellLength(cell), 0),
          );
        });
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    borders: tableBorders(theme),
    margins: CELL_MARGINS,
    rows: [header, ...body],
  });
}
