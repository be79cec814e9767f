import type { WeekHistogram } from '@poortwachter/core';
import type { Theme } from '../theme/theme.js';
import {
  CHART_FONT,
  CHART_WIDTH,
  type ChartSvg,
  chartSvg,
  noData,
  round,
  svgText,
  textWidth,
} from './chart-svg.js';

const PLOT_LEFT = 60;
const PLOT_RIGHT = CHART_WIDTH - 20;
const TOP = 34;
const PLOT_HEIGHT = 180;

/**
 * Draws a histogram of whole weeks as columns, one per week from the lowest to the highest week
 * that occurs (and the marker's week), with a count axis on the left and week labels under the
 * columns (thinned so that they do not overlap). With a `marker`, a dashed line stands after the
 * marker's week with its label above, columns up to it are in the "done" colour and columns after
 * it in the "overdue" colour: for spoor-2 starts against the latest start, week 0 being the week
 * up to and including the latest start.
 *
 * @param histogram - Counts by week (`{ "-4": 1, "0": 3 }`).
 * @param theme - Colours.
 * @param options - `xLabel`: what the weeks are; `marker`: a week to mark and its label.
 * @returns The chart; "Geen gegevens" when the histogram is empty.
 * @example
 * ```ts
 * const { svg } = histogramSvg({ '-4': 1, '0': 2, '3': 1 }, defaultTheme, {
 *   xLabel: 'Weken ten opzichte van de laatste startdatum',
 *   marker: { week: 0, label: 'laatste startdatum' },
 * });
 * ```
 * @category Charts
 */
export function histogramSvg(
  histogram: WeekHistogram,
  theme: Theme,
  options: { xLabel: string; marker?: { week: number; label: string } | undefined },
): ChartSvg {
  const { colors } = theme;
  const weeks = Object.entries(histogram)
    .filter(([, n]) => n > 0)
    .map(([w]) => Number(w))
    .sort((a, b) => a - b);
  const base = TOP + PLOT_HEIGHT;
  if (weeks.length === 0) return chartSvg([noData(TOP + 40, theme)], TOP + 70, theme);
  const marker = options.marker;
  const low = Math.min(...weeks, ...(marker ? [marker.week] : []));
  const high = Math.max(...weeks, ...(marker ? [marker.week + 1] : []));
  const columns = high - low + 1;
  const step = (PLOT_RIGHT - PLOT_LEFT) / columns;
  const max = Math.max(...weeks.map((w) => histogram[String(w)] ?? 0));
  const x = (week: number) => PLOT_LEFT + (week - low) * step;
  const body: string[] = [];

  // Count axis: gridlines at whole numbers, at most five of them.
  const every = Math.max(1, Math.ceil(max / 5));
  for (let n = 0; n <= max; n += every) {
    const y = round(base - (n / max) * PLOT_HEIGHT);
    body.push(
      `<line x1="${PLOT_LEFT}" y1="${y}" x2="${PLOT_RIGHT}" y2="${y}" stroke="#E6E6E6" stroke-width="1"/>`,
      svgText(PLOT_LEFT - 8, y + 5, String(n), {
        anchor: 'end',
        fill: colors.muted,
        size: CHART_FONT - 2,
      }),
    );
  }
  for (const week of weeks) {
    const n = histogram[String(week)] ?? 0;
    const height = round((n / max) * PLOT_HEIGHT);
    const late = marker !== undefined && week > marker.week;
    body.push(
      `<rect x="${round(x(week) + step * 0.1)}" y="${round(base - height)}" width="${round(step * 0.8)}" height="${height}" fill="#${late ? colors.status.overdue : colors.status.done}"/>`,
    );
  }
  body.push(
    `<line x1="${PLOT_LEFT}" y1="${base}" x2="${PLOT_RIGHT}" y2="${base}" stroke="#${colors.muted}" stroke-width="1"/>`,
  );
  // Week labels: every k-th week, k chosen so that labels are at least 36 pixels apart.
  const labelEvery = Math.max(1, Math.ceil(36 / step));
  for (let week = low; week <= high; week++) {
    if ((week - low) % labelEvery !== 0) continue;
    body.push(
      svgText(x(week) + step / 2, base + 18, String(week), {
        anchor: 'middle',
        fill: colors.muted,
        size: CHART_FONT - 2,
      }),
    );
  }
  body.push(
    svgText((PLOT_LEFT + PLOT_RIGHT) / 2, base + 42, options.xLabel, {
      anchor: 'middle',
      fill: colors.text,
      size: CHART_FONT - 1,
    }),
  );
  if (marker) {
    const mx = round(x(marker.week + 1));
    const anchor = mx + textWidth(marker.label) + 6 > PLOT_RIGHT ? 'end' : 'start';
    body.push(
      `<line x1="${mx}" y1="${TOP - 8}" x2="${mx}" y2="${base}" stroke="#${colors.concept}" stroke-width="2" stroke-dasharray="5 3"/>`,
      svgText(mx + (anchor === 'end' ? -6 : 6), TOP - 14, marker.label, {
        anchor,
        fill: colors.concept,
        size: CHART_FONT - 1,
      }),
    );
  }
  return chartSvg(body, base + 54, theme);
}
