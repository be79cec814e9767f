import type { Painter, Style } from './create-painter.js';

/**
 * One table cell: its text and, optionally, the style it is painted in.
 *
 * @example
 * ```ts
 * const cell: Cell = { text: 'te laat', style: 'red' };
 * ```
 * @category Output
 */
export interface Cell {
  text: string;
  style?: Style | undefined;
}

/**
 * Lays out rows as a plain-text table: columns two spaces apart, each as wide as its widest
 * cell, a rule under the header, no trailing spaces. Padding is measured on the text, so
 * coloured cells stay aligned.
 *
 * @param header - The column titles.
 * @param rows - The rows, each with one cell per column.
 * @param paint - Colours a styled cell (see {@link createPainter}).
 * @returns The lines of the table.
 * @example
 * ```ts
 * formatTable(['Mijlpaal', 'Status'], [[{ text: 'Probleemanalyse' }, { text: 'gedaan' }]], createPainter(false));
 * // ['Mijlpaal         Status', '---------------  ------', 'Probleemanalyse  gedaan']
 * ```
 * @category Output
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  paint: Painter,
): string[] {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.text.length ?? 0)),
  );
  const line = (cells: readonly Cell[]): string =>
    cells
      .map((cell, column) => {
        const text = cell.style === undefined ? cell.text : paint(cell.style, cell.text);
        const pad = column === cells.length - 1 ? 0 : (widths[column] ?? 0) - cell.text.length;
        return text + ' '.repeat(pad);
      })
      .join('  ')
      .trimEnd();
  return [
    line(header.map((text) => ({ text }))),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
  ];
}
