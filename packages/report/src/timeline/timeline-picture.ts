import type { Timeline } from '@poortwachter/core';
import { ImageRun, Paragraph } from 'docx';
import { PAGE } from '../layout/page-layout.js';
import type { Theme } from '../theme/theme.js';
import type { Rasterizer } from './rasterizer.js';
import { timelineSvg } from './timeline-svg.js';

/** Pixels (96 to the inch) per DXA (1440 to the inch). */
const PX_PER_DXA = 96 / 1440;

/**
 * The drawn timeline as a paragraph holding one picture as wide as the page's text: the
 * milestones on a time axis as an SVG, which Word 2016+ draws, with a PNG fallback at twice the
 * display resolution, which LibreOffice and older Word show.
 *
 * @param timeline - A timeline from `computeTimeline`.
 * @param theme - Colours.
 * @param rasterizer - Makes the PNG fallback.
 * @returns The paragraph with the picture.
 * @example
 * ```ts
 * import { nodeRasterizer } from '@poortwachter/report-raster/node';
 * import { computeTimeline } from '@poortwachter/core';
 *
 * const timeline = computeTimeline(caseFile, { asOf: '2025-09-01' });
 * const picture = await timelinePicture(timeline, defaultTheme, nodeRasterizer());
 * ```
 * @category Timeline picture
 */
export async function timelinePicture(
  timeline: Timeline,
  theme: Theme,
  rasterizer: Rasterizer,
): Promise<Paragraph> {
  const { svg, width, height } = timelineSvg(timeline, theme);
  const displayWidth = Math.floor(PAGE.contentWidth * PX_PER_DXA);
  const png = await rasterizer(svg, displayWidth * 2);
  return new Paragraph({
    keepLines: true,
    children: [
      new ImageRun({
        type: 'svg',
        data: new TextEncoder().encode(svg),
        fallback: { type: 'png', data: png },
        transformation: {
          width: displayWidth,
          height: Math.round((displayWidth * height) / width),
        },
        altText: {
          name: 'Tijdlijn',
          title: 'Tijdlijn van het verzuimdossier',
          description:
            'De mijlpalen van het dossier op een tijdas, gekleurd naar status, met de peildatum.',
        },
      }),
    ],
  });
}
