import type { Theme } from '../theme/theme.js';
import { CHART_FONT, type ChartSvg, chartSvg, round, svgText } from './chart-svg.js';

/**
 * One bar of a {@link barChartSvg}: its label, its value and the text written after it.
 *
 * @example
 * ```ts
 * const bar: Bar = { label: 'Tweede ziektejaar', value: 3, display: '3 (43%)' };
 * ```
 * @category Charts
 */
export interface Bar {
  label: string;
  value: number;
  display: string;
}

const LABEL_RIGHT = 290;
const PLOT_LEFT = 300;
const PLOT_RIGHT = 760;
const ROW = 34;
const BAR = 20;
const TOP = 12;

/**
 * Draws a horizontal bar chart: one row per bar, the label right-aligned before it and its
 * display text after it, bars scaled to `max` (default the largest value, at least 1) from a
 * common base line.
 *
 * @param bars - The bars, top to bottom.
 * @param theme - Colours: bars in the theme's accent colour.
 * @param options - `max`: the value of a full bar (1 for shares).
 * @returns The chart.
 * @example
 * ```ts
 * const { svg } = barChartSvg(
 *   [{ label: 'Eerste ziektejaar', value: 1, display: '1' }, { label: 'Tweede ziektejaar', value: 3, display: '3' }],
 *   defaultTheme,
 * );
 * ```
 * @category Charts
 */
export function barChartSvg(
  bars: readonly Bar[],
  theme: Theme,
  options: { max?: number } = {},
): ChartSvg {
  const max = options.max ?? Math.max(1, ...bars.map((b) => b.value));
  const body: string[] = [];
  const bottom = TOP + bars.length * ROW;
  bars.forEach((bar, i) => {
    const y = TOP + i * ROW;
    const width = round((Math.max(0, bar.value) / max) * (PLOT_RIGHT - PLOT_LEFT));
    body.push(
      svgText(LABEL_RIGHT, y + ROW / 2 + 5, bar.label, { anchor: 'end', fill: theme.colors.text }),
      `<rect x="${PLOT_LEFT}" y="${y + (ROW - BAR) / 2}" width="${width}" height="${BAR}" fill="#${theme.colors.accent}"/>`,
      svgText(PLOT_LEFT + width + 8, y + ROW / 2 + 5, bar.display, {
        fill: theme.colors.text,
        size: CHART_FONT - 1,
      }),
    );
  });
  body.push(
    `<line x1="${PLOT_LEFT}" y1="${TOP - 4}" x2="${PLOT_LEFT}" y2="${bottom + 4}" stroke="#${theme.colors.muted}" stroke-width="1"/>`,
  );
  return chartSvg(body, Math.max(bottom + 12, 40), theme);
}
