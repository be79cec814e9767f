import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { documentFooter } from '../blocks/document-footer.js';
import { documentStyles } from '../layout/document-styles.js';
import { pageProperties } from '../layout/page-properties.js';
import { textRuns } from '../text/text-runs.js';
import type { Theme } from '../theme/theme.js';
import type { Rasterizer } from '../timeline/rasterizer.js';
import { portfolioHeader } from './portfolio-header.js';
import type { PortfolioReportInput } from './portfolio-report-input.js';
import { portfolioReportSections } from './portfolio-report-sections.js';

/** The title of a portfolio management report. */
export const PORTFOLIO_REPORT_TITLE = 'Managementrapportage verzuim en re-integratie';

/**
 * Builds and packs the .docx file of a portfolio management report: A4 pages in the theme's
 * named styles, the portfolio header and the footer of every document (page X of Y, the as-of
 * date), the title, then {@link portfolioReportSections}. Loaded on the first call of
 * `renderPortfolioReport`, so that docx is not loaded before it is needed.
 *
 * @param input - The summary, the work list and the grouping keys.
 * @param theme - The house style.
 * @param rasterizer - Makes the PNG fallback of the charts.
 * @returns The .docx file.
 * @example
 * ```ts
 * const bytes = await portfolioDocx(input, defaultTheme, nodeRasterizer());
 * ```
 * @category Portfolio report
 */
export async function portfolioDocx(
  input: PortfolioReportInput,
  theme: Theme,
  rasterizer: Rasterizer,
): Promise<Uint8Array> {
  const { asOf } = input.summary.settings;
  const document = new Document({
    title: PORTFOLIO_REPORT_TITLE,
    creator: theme.organisation?.name ?? 'poortwachter',
    styles: documentStyles(theme),
    sections: [
      {
        properties: pageProperties(),
        headers: { default: portfolioHeader(PORTFOLIO_REPORT_TITLE, asOf, theme) },
        footers: { default: documentFooter({ date: asOf, version: 1 }, theme) },
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            children: textRuns(PORTFOLIO_REPORT_TITLE),
          }),
          ...(await portfolioReportSections(input, theme, rasterizer)),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
