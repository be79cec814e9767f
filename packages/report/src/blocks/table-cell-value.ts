import { Paragraph, ShadingType, TableCell, WidthType } from 'docx';
import { textRuns } from '../text/text-runs.js';
import type { Theme } from '../theme/theme.js';

/**
 * What a table cell shows: plain text, or text with a colour and weight (a status).
 *
 * @example
 * ```ts
 * const cells: TableCellValue[] = ['Probleemanalyse', { text: 'verlopen', color: 'C62828', bold: true }];
 * ```
 * @category Blocks
 */
export type TableCellValue =
  | string
  | {
      /** The text; newlines become line breaks. */
      text: string;
      /** Hex `RRGGBB`; default the theme's text colour. */
      color?: string | undefined;
      bold?: boolean | undefined;
    };

/**
 * Builds one table cell with an explicit width in DXA (LibreOffice collapses cells without one).
 *
 * @param value - The text of the cell; newlines become line breaks.
 * @param width - The cell width in DXA.
 * @param theme - Text colour and the fill of header cells.
 * @param options - `header` fills the cell and makes its text bold; `columnSpan` merges columns.
 * @returns The docx table cell.
 * @example
 * ```ts
 * new TableRow({ children: [tableCell('Naam', 2000, defaultTheme, { header: true }), tableCell('Jan', 7638, defaultTheme)] });
 * ```
 * @category Blocks
 */
export function tableCell(
  value: TableCellValue,
  width: number,
  theme: Theme,
  options: { header?: boolean; columnSpan?: number; muted?: boolean } = {},
): TableCell {
  const cell = typeof value === 'string' ? { text: value } : value;
  const text = cell.text.trim() === '' ? '—' : cell.text;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: options.columnSpan,
    shading: options.header
      ? { type: ShadingType.CLEAR, color: 'auto', fill: theme.colors.tableHeader }
      : undefined,
    children: [
      new Paragraph({
        spacing: { after: 0 },
        children: textRuns(text, {
          bold: options.header || cell.bold,
          color: cell.color ?? (options.muted ? theme.colors.muted : undefined),
          italics: options.muted,
        }),
      }),
    ],
  });
}
