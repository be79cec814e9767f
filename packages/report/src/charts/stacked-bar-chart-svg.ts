import type { Theme } from '../theme/theme.js';
import {
  CHART_FONT,
  type ChartSvg,
  chartSvg,
  legend,
  round,
  svgText,
  textWidth,
} from './chart-svg.js';

/**
 * One row of a {@link stackedBarChartSvg}: its label and a count per series.
 *
 * @example
 * ```ts
 * const row: StackedRow = { label: 'Probleemanalyse', counts: [4, 1, 0, 1] };
 * ```
 * @category Charts
 */
export interface StackedRow {
  label: string;
  counts: readonly number[];
}

/**
 * A series of a {@link stackedBarChartSvg}: its label in the legend and its colour (`RRGGBB`).
 *
 * @example
 * ```ts
 * const series: StackedSeries = { label: 'Op tijd', color: '2E7D32' };
 * ```
 * @category Charts
 */
export interface StackedSeries {
  label: string;
  color: string;
}

const LABEL_RIGHT = 290;
const PLOT_LEFT = 300;
const PLOT_RIGHT = 800;
const ROW = 34;
const BAR = 22;
const TOP = 12;

/**
 * Draws a 100% stacked bar chart: one row per label, its bar split into the shares of its counts
 * per series (each share written in its segment when the segment is wide enough), the row's
 * total as `n = …` after the bar, and a legend of the series below. A row without counts shows
 * "geen gegevens" instead of a bar.
 *
 * @param rows - The rows, top to bottom, with one count per series.
 * @param series - The series, in the order of the counts.
 * @param theme - Text colours.
 * @returns The chart.
 * @example
 * ```ts
 * const { svg } = stackedBarChartSvg(
 *   [{ label: 'Probleemanalyse', counts: [4, 1, 0, 1] }],
 *   [
 *     { label: 'Op tijd', color: '2E7D32' },
 *     { label: 'Te laat, gemotiveerd', color: '1565C0' },
 *     { label: 'Te laat', color: 'E65100' },
 *     { label: 'Ontbreekt', color: 'C62828' },
 *   ],
 *   defaultTheme,
 * );
 * ```
 * @category Charts
 */
export function stackedBarChartSvg(
  rows: readonly StackedRow[],
  series: readonly StackedSeries[],
  theme: Theme,
): ChartSvg {
  const body: string[] = [];
  rows.forEach((row, i) => {
    const y = TOP + i * ROW;
    const mid = y + ROW / 2 + 5;
    const total = row.counts.reduce((a, b) => a + b, 0);
    body.push(svgText(LABEL_RIGHT, mid, row.label, { anchor: 'end', fill: theme.colors.text }));
    if (total === 0) {
      body.push(
        `<rect x="${PLOT_LEFT}" y="${y + (ROW - BAR) / 2}" width="${PLOT_RIGHT - PLOT_LEFT}" height="${BAR}" fill="none" stroke="#${theme.colors.border}" stroke-dasharray="4 3"/>`,
        svgText((PLOT_LEFT + PLOT_RIGHT) / 2, mid, 'geen gegevens', {
          anchor: 'middle',
          fill: theme.colors.muted,
          size: CHART_FONT - 1,
        }),
      );
      return;
    }
    let x = PLOT_LEFT;
    row.counts.forEach((count, s) => {
      if (count === 0) return;
      const width = round((count / total) * (PLOT_RIGHT - PLOT_LEFT));
      const color = series[s]?.color ?? theme.colors.muted;
      body.push(
        `<rect x="${round(x)}" y="${y + (ROW - BAR) / 2}" width="${width}" height="${BAR}" fill="#${color}" stroke="#FFFFFF" stroke-width="1"/>`,
      );
      const label = `${Math.round((count / total) * 100)}%`;
      if (width >= textWidth(label, CHART_FONT - 2) + 8)
        body.push(
          svgText(x + width / 2, mid - 1, label, {
            anchor: 'middle',
            fill: 'FFFFFF',
            size: CHART_FONT - 2,
            bold: true,
          }),
        );
      x += width;
    });
    body.push(
      svgText(PLOT_RIGHT + 8, mid, `n = ${total}`, {
        fill: theme.colors.muted,
        size: CHART_FONT - 1,
      }),
    );
  });
  const key = legend(series, TOP + rows.length * ROW + 24, theme);
  body.push(...key.body);
  return chartSvg(body, key.bottom + 6, theme);
}
