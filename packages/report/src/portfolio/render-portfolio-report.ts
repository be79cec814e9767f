import { PoortwachterError } from '@poortwachter/core';
import { defaultTheme } from '../theme/default-theme.js';
import type { Theme } from '../theme/theme.js';
import type { Rasterizer } from '../timeline/rasterizer.js';
import type { PortfolioReportInput } from './portfolio-report-input.js';

/**
 * Renders a management report of a portfolio to the bytes of a .docx file: the overview, tables
 * and charts (cases per phase, timeliness per milestone, spoor-2 start weeks against the latest
 * start, outcomes by start timing, the trend by quarter; each chart with alternative text and a
 * table of its numbers), a table per grouping key, and the work list as an appendix. It reads
 * the summary and work list of `@poortwachter/core` only: case references, dates, statuses and
 * counts, never names or anything medical. Runs in browsers too; docx is loaded on the first call.
 *
 * @param input - The summary, the work list and the grouping keys to show.
 * @param options - `rasterizer` (required: the charts' PNG fallback; `nodeRasterizer()` of
 *   `@poortwachter/report-raster/node` in Node) and `theme` (default {@link defaultTheme}; its
 *   `organisation` is named in the overview and the header).
 * @returns The .docx file.
 * @throws `PoortwachterError` (`option/invalid` on `rasterizer`) without a rasterizer.
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 * import { createPortfolioAccumulator } from '@poortwachter/core';
 * import { nodeRasterizer } from '@poortwachter/report-raster/node';
 *
 * const acc = createPortfolioAccumulator({ asOf: '2025-09-01', groupBy: ['afdeling'] });
 * acc.add({ externalRef: 'HR-1', groups: { afdeling: 'Magazijn' }, sickPeriods: [{ start: '2025-06-02' }] });
 * const bytes = await renderPortfolioReport(
 *   { summary: acc.summary(), workList: acc.workList(), groups: ['afdeling'] },
 *   { rasterizer: nodeRasterizer() },
 * );
 * await writeFile('rapportage.docx', bytes);
 * ```
 * @see docs/guides/portfolio.md
 * @category Portfolio report
 */
export async function renderPortfolioReport(
  input: PortfolioReportInput,
  options: { rasterizer: Rasterizer; theme?: Theme | undefined },
): Promise<Uint8Array> {
  if (typeof options?.rasterizer !== 'function')
    throw new PoortwachterError([
      {
        code: 'option/invalid',
        path: ['rasterizer'],
        message: {
          nl: 'Een managementrapportage heeft een rasterizer nodig voor de grafieken: nodeRasterizer() uit @poortwachter/report-raster/node, of createResvgRasterizer uit @poortwachter/report-raster.',
          en: 'A management report needs a rasterizer for its charts: nodeRasterizer() from @poortwachter/report-raster/node, or createResvgRasterizer of @poortwachter/report-raster.',
        },
      },
    ]);
  const { portfolioDocx } = await import('./portfolio-docx.js');
  return portfolioDocx(input, options.theme ?? defaultTheme, options.rasterizer);
}
