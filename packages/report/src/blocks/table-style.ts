import { BorderStyle, type ITableBordersOptions, type ITableOptions } from 'docx';
import type { Theme } from '../theme/theme.js';

/**
 * The cell margins of every data table, in DXA, set once on the table (not on every cell).
 *
 * @example
 * ```ts
 * new Table({ margins: CELL_MARGINS, borders: tableBorders(defaultTheme), columnWidths: [9638], rows });
 * ```
 * @category Blocks
 */
export const CELL_MARGINS: NonNullable<ITableOptions['margins']> = Object.freeze({
  top: 50,
  bottom: 50,
  left: 90,
  right: 90,
});

/**
 * The borders of every data table: thin lines in the theme's border colour.
 *
 * @param theme - The theme whose border colour is used.
 * @returns docx table borders.
 * @example
 * ```ts
 * new Table({ borders: tableBorders(defaultTheme), margins: CELL_MARGINS, columnWidths: [9638], rows });
 * ```
 * @category Blocks
 */
export function tableBorders(theme: Theme): ITableBordersOptions {
  const line = { style: BorderStyle.SINGLE, size: 4, color: theme.colors.border };
  return {
    top: line,
    bottom: line,
    left: line,
    right: line,
    insideHorizontal: line,
    insideVertical: line,
  };
}
