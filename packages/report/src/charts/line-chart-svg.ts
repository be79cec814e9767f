import type { Theme } from '../theme/theme.js';
import {
  CHART_FONT,
  CHART_WIDTH,
  type ChartSvg,
  chartSvg,
  legend,
  noData,
  round,
  svgText,
} from './chart-svg.js';

/**
 * A line of a {@link lineChartSvg}: its label, colour (`RRGGBB`) and one share (0 to 1) per
 * period, `null` where nothing was measured.
 *
 * @example
 * ```ts
 * const line: LineSeries = { label: 'Probleemanalyse op tijd', color: '2E7D32', values: [0.5, null, 1] };
 * ```
 * @category Charts
 */
export interface LineSeries {
  label: string;
  color: string;
  values: readonly (number | null)[];
}

const PLOT_LEFT = 70;
const PLOT_RIGHT = CHART_WIDTH - 30;
const TOP = 16;
const PLOT_HEIGHT = 200;

/**
 * Draws shares over periods as lines on a 0–100% axis: one point per period with a value, points
 * of neighbouring periods joined (a period without a value breaks the line), period labels under
 * the axis (thinned so that they do not overlap) and a legend of the lines below.
 *
 * @param periods - The periods, left to right (`2024-Q1`).
 * @param series - The lines, each with one value per period.
 * @param theme - Colours of axes and text.
 * @returns The chart; "Geen gegevens" without periods.
 * @example
 * ```ts
 * const { svg } = lineChartSvg(['2024-Q1', '2024-Q2'], [
 *   { label: 'Probleemanalyse op tijd', color: '2E7D32', values: [0.5, 1] },
 * ], defaultTheme);
 * ```
 * @category Charts
 */
export function lineChartSvg(
  periods: readonly string[],
  series: readonly LineSeries[],
  theme: Theme,
): ChartSvg {
  const { colors } = theme;
  if (periods.length === 0) return chartSvg([noData(TOP + 40, theme)], TOP + 70, theme);
  const base = TOP + PLOT_HEIGHT;
  const step = (PLOT_RIGHT - PLOT_LEFT) / periods.length;
  const x = (i: number) => round(PLOT_LEFT + step * (i + 0.5));
  const y = (share: number) => round(base - share * PLOT_HEIGHT);
  const body: string[] = [];
  for (const pct of [0, 25, 50, 75, 100]) {
    body.push(
      `<line x1="${PLOT_LEFT}" y1="${y(pct / 100)}" x2="${PLOT_RIGHT}" y2="${y(pct / 100)}" stroke="#${pct === 0 ? colors.muted : 'E6E6E6'}" stroke-width="1"/>`,
      svgText(PLOT_LEFT - 8, y(pct / 100) + 5, `${pct}%`, {
        anchor: 'end',
        fill: colors.muted,
        size: CHART_FONT - 2,
      }),
    );
  }
  const labelEvery = Math.max(1, Math.ceil(80 / step));
  periods.forEach((period, i) => {
    if (i % labelEvery === 0)
      body.push(
        svgText(x(i), base + 20, period, {
          anchor: 'middle',
          fill: colors.muted,
          size: CHART_FONT - 2,
        }),
      );
  });
  for (const line of series) {
    let path: string[] = [];
    const flush = () => {
      if (path.length > 1)
        body.push(
          `<polyline points="${path.join(' ')}" fill="none" stroke="#${line.color}" stroke-width="2.5"/>`,
        );
      path = [];
    };
    line.values.forEach((value, i) => {
      if (value === null) flush();
      else path.push(`${x(i)},${y(value)}`);
    });
    flush();
    line.values.forEach((value, i) => {
      if (value !== null)
        body.push(
          `<circle cx="${x(i)}" cy="${y(value)}" r="4.5" fill="#${line.color}" stroke="#FFFFFF" stroke-width="1"/>`,
        );
    });
  }
  const key = legend(series, base + 52, theme);
  body.push(...key.body);
  return chartSvg(body, key.bottom + 6, theme);
}
