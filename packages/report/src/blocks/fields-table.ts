import { Table, type TableCell, WidthType } from 'docx';
import type { Theme } from '../theme/theme.js';
import { columnWidths } from './column-widths.js';
import { tableCell } from './table-cell-value.js';
import { keepsWithNext, tableRow } from './table-rows.js';
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
 * shows as "—". A group's title keeps with its first field, no group leaves a single row at the
 * bottom of a page or carries one alone to the next, and only long rows split over pages.
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
    const fields: { cells: (keepNext: boolean) => TableCell[]; length: number }[] = [];
    for (let i = 0; i < group.fields.length; i += pairsPerRow) {
      const pairs = group.fields.slice(i, i + pairsPerRow);
      fields.push({
        length: pairs.reduce((n, [label, value]) => n + label.length + (value ?? '').length, 0),
        cells: (keepNext) =>
          pairs.flatMap(([label, value], j) => {
            // An odd last field (only possible in the first pair) spans the rest of the row.
            const alone = i + j === group.fields.length - 1 && j < pairsPerRow - 1;
            const labelWidth = widths[2 * j] ?? 0;
            return [
              tableCell(label, labelWidth, theme, { role: 'label', keepNext }),
              alone
                ? tableCell(value ?? '', total - labelWidth, theme, {
                    columnSpan: widths.length - 1,
                    keepNext,
                  })
                : tableCell(value ?? '', widths[2 * j + 1] ?? 0, theme, { keepNext }),
            ];
          }),
      });
    }
    const title = group.title
      ? [
          {
            length: group.title.length,
            cells: () => [
              tableCell(group.title ?? '', total, theme, {
                role: 'group',
                columnSpan: widths.length,
                keepNext: true,
              }),
            ],
          },
        ]
      : [];
    // Within a group: its title keeps with its first field, and no field is left alone at
    // either end of a page.
    return [
      ...title.map((t) => tableRow(t.cells(), t.length)),
      ...fields.map((f, r) => tableRow(f.cells(keepsWithNext(r, fields.length)), f.length)),
    ];
  });
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    borders: tableBorders(theme),
    margins: CELL_MARGINS,
    rows,
  });
}
