import type { Theme } from '../theme/theme.js';
import { TIMELINE_FONT_FAMILY } from '../timeline/timeline-font-family.js';

/**
 * A drawn chart: the SVG text and its size in pixels.
 *
 * @example
 * ```ts
 * const chart: ChartSvg = barChartSvg([{ label: 'Eerste ziektejaar', value: 3, display: '3' }], defaultTheme);
 * chart.width; // 900
 * ```
 * @category Charts
 */
export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

/** The width of every chart in pixels; the picture is scaled to the page's text width. */
export const CHART_WIDTH = 900;

/** The font size of chart text in pixels (about 10 pt once the chart is scaled to the page). */
export const CHART_FONT = 14;

/** Text made safe for SVG: markup characters as character references. */
export const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A number rounded to one decimal, for coordinates. */
export const round = (n: number): number => Math.round(n * 10) / 10;

/** An SVG text element (the text escaped). */
export const svgText = (
  x: number,
  y: number,
  text: string,
  attributes: { anchor?: 'start' | 'middle' | 'end'; size?: number; fill: string; bold?: boolean },
): string =>
  `<text x="${round(x)}" y="${round(y)}"${attributes.anchor && attributes.anchor !== 'start' ? ` text-anchor="${attributes.anchor}"` : ''} font-size="${attributes.size ?? CHART_FONT}"${attributes.bold ? ' font-weight="bold"' : ''} fill="#${attributes.fill}">${escapeXml(text)}</text>`;

/**
 * A rough width of a text in pixels at a font size (DejaVu Sans averages about 0.6 em a
 * character), for laying out legends and labels so that they do not overlap.
 */
export const textWidth = (text: string, size = CHART_FONT): number => text.length * size * 0.6;

/**
 * Wraps the parts of a chart into a complete SVG picture on a white ground, in the font that
 * `@poortwachter/report-raster` draws with, then the theme's font.
 *
 * @param body - The picture's elements.
 * @param height - The height in pixels.
 * @param theme - Its font.
 * @returns The chart.
 */
export function chartSvg(body: readonly string[], height: number, theme: Theme): ChartSvg {
  const h = Math.ceil(height);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${h}" viewBox="0 0 ${CHART_WIDTH} ${h}" ` +
    `font-family="${TIMELINE_FONT_FAMILY}, ${escapeXml(theme.font)}, sans-serif" font-size="${CHART_FONT}">` +
    `<rect width="${CHART_WIDTH}" height="${h}" fill="#FFFFFF"/>${body.join('')}</svg>`;
  return { svg, width: CHART_WIDTH, height: h };
}

/**
 * A legend: a row of coloured squares with their labels, wrapping onto a next row when the
 * chart's width is full.
 *
 * @param items - Label and colour (`RRGGBB`) of each entry.
 * @param top - The y of the first row's baseline.
 * @param theme - The text colour.
 * @returns The elements and the y below the legend.
 */
export function legend(
  items: readonly { label: string; color: string }[],
  top: number,
  theme: Theme,
): { body: string[]; bottom: number } {
  const body: string[] = [];
  let x = 20;
  let y = top;
  for (const { label, color } of items) {
    const width = 20 + textWidth(label, CHART_FONT - 1) + 24;
    if (x + width > CHART_WIDTH - 10 && x > 20) {
      x = 20;
      y += 22;
    }
    body.push(
      `<rect x="${x}" y="${y - 11}" width="13" height="13" fill="#${color}"/>`,
      svgText(x + 19, y, label, { size: CHART_FONT - 1, fill: theme.colors.text }),
    );
    x = round(x + width);
  }
  return { body, bottom: y + 10 };
}

/** "Geen gegevens" in the middle of an empty chart. */
export const noData = (y: number, theme: Theme): string =>
  svgText(CHART_WIDTH / 2, y, 'Geen gegevens', { anchor: 'middle', fill: theme.colors.muted });
