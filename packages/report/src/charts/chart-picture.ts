import { ImageRun, Paragraph } from 'docx';
import { PAGE } from '../layout/page-layout.js';
import type { Rasterizer } from '../timeline/rasterizer.js';
import type { ChartSvg } from './chart-svg.js';

/** Pixels (96 to the inch) per DXA (1440 to the inch). */
const PX_PER_DXA = 96 / 1440;

/**
 * What a screen reader says of a chart: a short name, a title and a description that gives the
 * chart's numbers in words.
 *
 * @example
 * ```ts
 * const alt: ChartAltText = { name: 'Fasen', title: 'Dossiers per fase', description: 'Eerste ziektejaar: 1; tweede ziektejaar: 3.' };
 * ```
 * @category Charts
 */
export interface ChartAltText {
  name: string;
  title: string;
  description: string;
}

/**
 * A chart as a paragraph holding one picture as wide as the page's text: the SVG, which Word
 * 2016+ draws, with a PNG fallback at twice the display resolution, which LibreOffice and older
 * Word show; with alternative text. It does not keep with the table after it (LibreOffice
 * then breaks the page before the chart's heading instead of moving the whole chain).
 *
 * @param chart - The drawn chart.
 * @param alt - The alternative text.
 * @param rasterizer - Makes the PNG fallback.
 * @returns The paragraph with the picture.
 * @example
 * ```ts
 * import { nodeRasterizer } from '@poortwachter/report-raster/node';
 *
 * const chart = barChartSvg([{ label: 'Hersteld', value: 2, display: '2' }], defaultTheme);
 * const picture = await chartPicture(chart, { name: 'Fasen', title: 'Dossiers per fase', description: 'Hersteld: 2.' }, nodeRasterizer());
 * ```
 * @category Charts
 */
export async function chartPicture(
  chart: ChartSvg,
  alt: ChartAltText,
  rasterizer: Rasterizer,
): Promise<Paragraph> {
  const displayWidth = Math.floor(PAGE.contentWidth * PX_PER_DXA);
  const png = await rasterizer(chart.svg, displayWidth * 2);
  return new Paragraph({
    keepLines: true,
    children: [
      new ImageRun({
        type: 'svg',
        data: new TextEncoder().encode(chart.svg),
        fallback: { type: 'png', data: png },
        transformation: {
          width: displayWidth,
          height: Math.round((displayWidth * chart.height) / chart.width),
        },
        altText: alt,
      }),
    ],
  });
}
