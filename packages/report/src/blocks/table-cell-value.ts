import { Paragraph, ShadingType, TableCell, TextRun, WidthType } from 'docx';
import { NAMED_STYLES } from '../layout/named-styles.js';
import { textRuns } from '../text/text-runs.js';
import type { Theme } from '../theme/theme.js';

/**
 * What a table cell shows: plain text, or text with a colour and weight (a status), and
 * further labelled lines below it (a goal, a note), each in a paragraph of its own so that a
 * result and its note never run together.
 *
 * @example
 * ```ts
 * const cells: TableCellValue[] = [
 *   'Probleemanalyse',
 *   { text: 'verlopen', color: 'C62828', bold: true },
 *   { text: 'Afgewezen', details: [['Toelichting', 'Functie vervuld']] },
 * ];
 * ```
 * @category Blocks
 */
export type TableCellValue =
  | string
  | {
      /** The text; newlines become line breaks. */
      text: string;
      /** Hex `RRGGBB`; default the style's colour. */
      color?: string | undefined;
      bold?: boolean | undefined;
      /** Labelled lines below the text, in the "Tabeldetail" style; empty texts are left out. */
      details?: readonly (readonly [label: string, text: string | undefined])[] | undefined;
    };

/**
 * The part a cell plays in its table, which picks its named style: `header` ("Tabelkop",
 * filled), `group` ("Tabelgroep", filled: the title row of a group of fields), `label`
 * ("Tabellabel") or `text` ("Tabeltekst", the default).
 *
 * @example
 * ```ts
 * const role: CellRole = 'label';
 * ```
 * @category Blocks
 */
export type CellRole = 'header' | 'group' | 'label' | 'text';

const STYLE_OF: Record<CellRole, string> = {
  header: NAMED_STYLES.tableHeader.id,
  group: NAMED_STYLES.tableGroup.id,
  label: NAMED_STYLES.tableLabel.id,
  text: NAMED_STYLES.tableText.id,
};

/** The number of characters of a cell, for deciding whether its row may split over pages. */
export function cellLength(value: TableCellValue): number {
  if (typeof value === 'string') return value.length;
  return (
    value.text.length +
    (value.details ?? []).reduce((n, [l, t]) => n + l.length + (t ?? '').length, 0)
  );
}

/**
 * Builds one table cell with an explicit width in DXA (LibreOffice collapses cells without one).
 * Its paragraphs use the named style of its role; an empty text shows "—" in the "Lege waarde"
 * character style.
 *
 * @param value - The text of the cell; newlines become line breaks.
 * @param width - The cell width in DXA.
 * @param theme - The fill of header and group cells.
 * @param options - `role` picks the style (default `text`); `columnSpan` merges columns;
 *   `muted` shows the text as an empty value ("Geen.").
 * @returns The docx table cell.
 * @example
 * ```ts
 * new TableRow({ children: [tableCell('Naam', 2000, defaultTheme, { role: 'label' }), tableCell('Jan', 7638, defaultTheme)] });
 * ```
 * @category Blocks
 */
export function tableCell(
  value: TableCellValue,
  width: number,
  theme: Theme,
  options: { role?: CellRole; columnSpan?: number; muted?: boolean; keepNext?: boolean } = {},
): TableCell {
  const cell = typeof value === 'string' ? { text: value } : value;
  const role = options.role ?? 'text';
  const empty = cell.text.trim() === '';
  const filled = role === 'header' || role === 'group';
  const details = (cell.details ?? []).filter(
    ([, text]) => text !== undefined && text.trim() !== '',
  );
  const keepNext = options.keepNext || undefined;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: options.columnSpan,
    shading: filled
      ? { type: ShadingType.CLEAR, color: 'auto', fill: theme.colors.tableHeader }
      : undefined,
    children: [
      new Paragraph({
        style: STYLE_OF[role],
        keepNext,
        children:
          empty || options.muted
            ? textRuns(empty ? '—' : cell.text, { style: NAMED_STYLES.empty.id })
            : textRuns(cell.text, { bold: cell.bold, color: cell.color }),
      }),
      ...details.map(
        ([label, text]) =>
          new Paragraph({
            style: NAMED_STYLES.tableDetail.id,
            keepNext,
            children: [
              new TextRun({ text: `${label}: `, style: NAMED_STYLES.label.id }),
              ...textRuns(text ?? ''),
            ],
          }),
      ),
    ],
  });
}
