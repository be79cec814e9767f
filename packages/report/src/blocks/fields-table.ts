import { Table, TableRow, WidthType } from 'docx';
import type { Theme } from '../theme/theme.js';
import { columnWidths } from './column-widths.js';
import { tableCell } from './table-cell-value.js';
import { CELL_MARGINS, tableBorders } from './table-style.js';

/**
 * A group of labelled values in a {@link fieldsTable}, optionally under a title row.
 *
 * @example
 * ```ts
 * const group: FieldGroup = { title: 'Werknemer', fields: [['Naam', 'Jan de Vries'], ['BSN', '123456782']] };
 * ```
 * @category Blocks
 */
export interface FieldGroup {
  /** The text of the group's title row; no title row without it. */
  title?: string | undefined;
  /** Label and value of each row; a missing value shows as "—". */
  fields: readonly (readonly [label: string, value: string | undefined])[];
}

/**
 * A table of labels and values, in groups with a title row each. A missing value
 * shows as "—". Rows never split over pages.
 *
 * @param groups - The groups of fields, in order.
 * @param theme - Colours of borders, fills and text.
 * @param pairsPerRow - 1 (default): label and value per row; 2: two pairs side by side, for
 *   short values (an odd last field spans the rest of its row).
 * @returns The docx table, as wide as the page's text (labels take 30%).
 * @example
 * ```ts
 * fieldsTable([{ title: 'Traject', fields: [['Aanmelding', '3 maart 2025'], ['Intake', undefined]] }], defaultTheme);
 * ```
 * @category Blocks
 */
export function fieldsTable(
  groups: readonly FieldGroup[],
  theme: Theme,
  pairsPerRow: 1 | 2 = 1,
): Table {
  const widths = columnWidths(pairsPerRow === 1 ? [3, 7] : [19, 31, 19, 31]);
  const total = widths.reduce((a, b) => a + b, 0);
  const rows = groups.flatMap((group) => {
    const fields: TableRow[] = [];
    for (let i = 0; i < group.fields.length; i += pairsPerRow) {
      fields.push(
        new TableRow({
          cantSplit: true,
          children: group.fields.slice(i, i + pairsPerRow).flatMap(([label, value], j) => {
            // An odd last field (only possible in the first pair) spans the rest of the row.
            const alone = i + j === group.fields.length - 1 && j < pairsPerRow - 1;
            const labelWidth = widths[2 * j] ?? 0;
            return [
              tableCell({ text: label, color: theme.colors.muted }, labelWidth, theme),
              alone
                ? tableCell(value ?? '', total - labelWidth, theme, {
                    columnSpan: widths.length - 1,
                  })
                : tableCell(value ?? '', widths[2 * j + 1] ?? 0, theme),
            ];
          }),
        }),
      );
    }
    const title = group.title
      ? [
          new TableRow({
            cantSplit: true,
            children: [
              tableCell({ text: group.title, color: theme.colors.primary }, total, theme, {
                header: true,
                columnSpan: widths.length,
              }),
            ],
          }),
        ]
      : [];
    return [...title, ...fields];
  });
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    borders: tableBorders(theme),
    margins: CELL_MARGINS,
    rows,
  });
}
