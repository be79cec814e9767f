import { formatDate } from '@poortwachter/core';
import { BorderStyle, Footer, PageNumber, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { PAGE } from '../layout/page-layout.js';
import type { Theme } from '../theme/theme.js';

/**
 * The footer of every page: "Pagina X van Y" (Word's PAGE and NUMPAGES fields) on the left,
 * the document's date and version on the right.
 *
 * @param fields - The document's date (`YYYY-MM-DD`) and version.
 * @param theme - The muted colour and size.
 * @returns The docx footer.
 * @example
 * ```ts
 * documentFooter({ date: '2025-03-26', version: 1 }, defaultTheme);
 * ```
 * @category Blocks
 */
export function documentFooter(fields: { date: string; version: number }, theme: Theme): Footer {
  const style = { size: Math.round(theme.fontSize * 2) - 3, color: theme.colors.muted };
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: PAGE.contentWidth }],
        border: {
          top: { style: BorderStyle.SINGLE, size: 4, color: theme.colors.border, space: 4 },
        },
        children: [
          new TextRun({
            ...style,
            children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES],
          }),
          new TextRun({
            ...style,
            children: [new Tab(), `Datum ${formatDate(fields.date)} · versie ${fields.version}`],
          }),
        ],
      }),
    ],
  });
}
