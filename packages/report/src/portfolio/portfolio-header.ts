import { formatDate } from '@poortwachter/core';
import { BorderStyle, Header, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { PAGE } from '../layout/page-layout.js';
import { singleLine } from '../text/single-line.js';
import type { Theme } from '../theme/theme.js';

/**
 * The page header of a portfolio report: the organisation (when the theme names one), the title
 * and the as-of date, over the accent line of every document. No person is named in it.
 *
 * @param title - The report's title.
 * @param asOf - The as-of date.
 * @param theme - Colours, font size and organisation.
 * @returns The header.
 * @example
 * ```ts
 * portfolioHeader('Managementrapportage verzuim', '2025-09-01', defaultTheme);
 * ```
 * @category Portfolio report
 */
export function portfolioHeader(title: string, asOf: string, theme: Theme): Header {
  const small = Math.round(theme.fontSize * 2) - 3;
  const muted = { size: small, color: theme.colors.muted };
  const organisation = theme.organisation?.name;
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: PAGE.contentWidth }],
        spacing: { after: 120 },
        border: {
          bottom: { style: BorderStyle.SINGLE, size: 6, color: theme.colors.accent, space: 4 },
        },
        children: [
          ...(organisation
            ? [
                new TextRun({
                  text: `${singleLine(organisation)} · `,
                  bold: true,
                  size: small,
                  color: theme.colors.primary,
                }),
              ]
            : []),
          new TextRun({ text: title, ...muted }),
          new TextRun({ ...muted, children: [new Tab(), `Peildatum ${formatDate(asOf)}`] }),
        ],
      }),
    ],
  });
}
