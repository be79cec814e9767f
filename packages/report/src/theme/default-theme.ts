import type { Theme } from './theme.js';

/**
 * The theme used when none is given: Calibri 10.5 pt (LibreOffice substitutes the
 * metric-compatible Carlito), dark blue headings, no logo and no organisation.
 *
 * @example
 * ```ts
 * await renderDocument(content, { theme: { ...defaultTheme, font: 'Arial' } });
 * ```
 * @category Theme
 */
export const defaultTheme: Theme = Object.freeze({
  font: 'Calibri',
  fontSize: 10.5,
  colors: Object.freeze({
    primary: '1F4E79',
    accent: '2E75B6',
    text: '1A1A1A',
    muted: '595959',
    border: 'A6A6A6',
    tableHeader: 'DCE6F1',
    concept: 'C00000',
    status: Object.freeze({
      done: '2E7D32',
      late: 'E65100',
      overdue: 'C62828',
      dueSoon: 'F9A825',
      upcoming: '1565C0',
      inactive: '9E9E9E',
    }),
  }),
});
