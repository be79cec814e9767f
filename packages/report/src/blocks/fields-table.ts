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
 * A two-column table of labels and values, in groups with a title row each. A missing value
 * shows as "—". Rows never split over pages.
 *
 * @param groups - The groups of fields, in order.
 * @param theme - Colours of borders, fills and text.
 * @returns The docx table, as wide as the page's text (labels take 30%).
 * @example
 * ```ts
 * fieldsTable([{ title: 'Traject', fields: [['Aanmelding', '3 maart 2025'], ['Intake', undefined]] }], defaultTheme);
 * ```
 * @category Blocks
 */
export function fieldsTable(groups: readonly FieldGroup[], theme: Theme): Table {
  const [labelWidth = 0, valueWidth = 0] = columnWidths([3, 7]);
  const rows = groups.flatMap((group) => [
    ...(group.title
      ? [
          new TableRow({
            cantSplit: true,
            children: [
              tableCell(
                { text: group.title, color: theme.colors.primary },
                labelWidth + valueWidth,
                theme,
                { header: true, columnSpan: 2 },
              ),
            ],
          }),
        ]
      : []),
    ...group.fields.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            tableCell({ text: label, color: theme.colors.muted }, labelWidth, theme),
            tableCell(value ?? '', valueWidth, theme),
          ],
        }),
    ),
  ]);
  return new Table({
    width: { size: labelWidth + valueWidth, type: WidthType.DXA },
    columnWidths: [labelWidth, valueWidth],
    borders: tableBorders(theme),
    margins: CELL_MARGINS,
    rows,
  });
}
