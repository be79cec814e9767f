import {
  addDays,
  daysBetween,
  formatDate,
  type Milestone,
  type Timeline,
} from '@poortwachter/core';
import { format } from 'date-fns/format';
import { nl } from 'date-fns/locale/nl';
import { statusLabel } from '../format/status-label.js';
import { statusColor } from '../theme/status-color.js';
import type { Theme } from '../theme/theme.js';
import { TIMELINE_FONT_FAMILY } from './timeline-font-family.js';

const WIDTH = 900;
const LABEL_RIGHT = 292;
const PLOT_LEFT = 306;
const PLOT_RIGHT = 885;
const TOP = 42;
const ROW = 24;
const FONT = 14;
const MAX_LABEL = 38;

interface Row {
  label: string;
  milestones: Milestone[];
}

const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

const round = (n: number): number => Math.round(n * 10) / 10;

/** Where the items of a legend row start, right of the row's title. */
const LEGEND_ITEMS_LEFT = 306;

/** A legend item: a dot, the deadline bar or a window, its label and colour. */
type LegendItem = [kind: 'dot' | 'bar' | 'window', label: string, color: string];

/** The marker of a milestone: a status-coloured dot. */
const dot = (cx: number, cy: number, fill: string, r = 6.5): string =>
  `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}" stroke="#FFFFFF" stroke-width="1"/>`;

/** The deadline of a milestone that was carried out: a short upright bar. */
const deadlineBar = (x: number, cy: number, color: string): string =>
  `<rect x="${round(x - 1.5)}" y="${cy - 8}" width="3" height="16" fill="#${color}"/>`;

const clip = (text: string): string =>
  text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;

/** Recurring evaluations share one row; every other milestone has its own, in timeline order. */
function rows(milestones: readonly Milestone[]): Row[] {
  const result: Row[] = [];
  let evaluations: Row | undefined;
  for (const milestone of milestones) {
    if (/^evaluatie-\d+$/.test(milestone.id)) {
      if (!evaluations) {
        evaluations = { label: 'Evaluaties plan van aanpak', milestones: [] };
        result.push(evaluations);
      }
      evaluations.milestones.push(milestone);
    } else {
      result.push({ label: milestone.label.nl, milestones: [milestone] });
    }
  }
  return result;
}

/** The first days of the months after `first` up to `last` days after it, as days after `first`. */
function monthStarts(first: string, last: number): number[] {
  const [y, m] = first.split('-').map(Number) as [number, number];
  const starts: number[] = [];
  for (let year = y, month = m + 1; ; month++) {
    if (month > 12) {
      month = 1;
      year++;
    }
    const day = daysBetween(first, `${year}-${String(month).padStart(2, '0')}-01`);
    if (day > last) return starts;
    starts.push(day);
  }
}

/**
 * Draws the timeline of a case as an SVG picture: one row per milestone (evaluations share a
 * row) on a time axis from the first sick day to the end of the waiting period. A milestone that
 * was carried out has its status-coloured dot on the day it was carried out and a bar at its
 * deadline; one that was not has its dot on the deadline, coloured by its status as of the date.
 * Windows are shaded bands, a dashed line marks the as-of date, and a two-row legend says what
 * each marker is. Text uses {@link TIMELINE_FONT_FAMILY}.
 *
 * @param timeline - A timeline from `computeTimeline` of `@poortwachter/core`.
 * @param theme - Colours of the statuses and lines.
 * @returns The SVG text and its size in pixels.
 * @example
 * ```ts
 * const { svg, width, height } = timelineSvg(computeTimeline(input, { asOf: '2025-09-01' }), defaultTheme);
 * ```
 * @see Regeling procesgang eerste en tweede ziektejaar (BWBR0013540); {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#1-milestones | docs/rules.md §1}
 * @category Timeline picture
 */
export function timelineSvg(
  timeline: Timeline,
  theme: Theme,
): { svg: string; width: number; height: number } {
  const { colors } = theme;
  // Days after the first sick day: the axis of the picture.
  const first = 0;
  const offset = (date: string): number => daysBetween(timeline.firstSickDay, date);
  const dates = [timeline.asOf, timeline.waitingPeriod.lastDay]
    .concat(timeline.milestones.flatMap((m) => [m.due, m.eventDate, m.windowStart]))
    .filter((d): d is string => d !== null)
    .map(offset);
  const last = Math.max(first + 1, ...dates);
  const x = (day: number): number =>
    round(PLOT_LEFT + ((Math.max(first, day) - first) / (last - first)) * (PLOT_RIGHT - PLOT_LEFT));
  const dayX = (date: string): number => x(offset(date));

  const body: string[] = [];
  const table = rows(timeline.milestones);
  const axisY = TOP + table.length * ROW + 6;

  table.forEach((row, index) => {
    const cy = TOP + index * ROW + ROW / 2;
    const inactive = row.milestones.every((m) => m.due === null || m.status === 'not-applicable');
    body.push(
      `<line x1="${PLOT_LEFT}" y1="${cy}" x2="${PLOT_RIGHT}" y2="${cy}" stroke="#E6E6E6" stroke-width="1"/>`,
      `<text x="${LABEL_RIGHT}" y="${cy + 5}" text-anchor="end" font-size="${FONT - 1}" fill="#${inactive ? colors.status.inactive : colors.text}">${escapeXml(clip(row.label))}</text>`,
    );
    for (const m of row.milestones) {
      const fill = `#${statusColor(m.status, colors.status)}`;
      if (m.due === null || m.status === 'not-applicable') continue;
      if (m.windowStart !== null) {
        const x1 = dayX(m.windowStart);
        body.push(
          `<rect x="${x1}" y="${cy - 5}" width="${round(Math.max(1, dayX(m.due) - x1))}" height="10" rx="3" fill="${fill}" fill-opacity="0.25"/>`,
        );
      }
      // Carried out: the dot sits on the day it was done, and a bar marks the deadline. Not
      // carried out: the dot sits on the deadline, coloured by its status as of the date.
      if (m.eventDate !== null) body.push(deadlineBar(dayX(m.due), cy, colors.muted));
      body.push(dot(dayX(m.eventDate ?? m.due), cy, fill));
    }
  });

  const ticks = monthStarts(timeline.firstSickDay, last);
  const every = ticks.length > 15 ? 3 : 1;
  body.push(
    `<line x1="${PLOT_LEFT}" y1="${axisY}" x2="${PLOT_RIGHT}" y2="${axisY}" stroke="#${colors.muted}" stroke-width="1"/>`,
  );
  for (const day of ticks) {
    const tx = x(day);
    const [y, m] = addDays(timeline.firstSickDay, day).split('-').map(Number) as [number, number];
    const labelled = (m - 1) % every === 0;
    body.push(
      `<line x1="${tx}" y1="${axisY}" x2="${tx}" y2="${axisY + (labelled ? 6 : 3)}" stroke="#${colors.muted}"/>`,
    );
    if (labelled && tx < PLOT_RIGHT - 20) {
      body.push(
        `<text x="${tx}" y="${axisY + 20}" text-anchor="middle" font-size="${FONT - 3}" fill="#${colors.muted}">${format(new Date(y, m - 1, 1), 'MMM yy', { locale: nl })}</text>`,
      );
    }
  }

  const asOfX = dayX(timeline.asOf);
  const anchor = asOfX > (PLOT_LEFT + PLOT_RIGHT) / 2 ? 'end' : 'start';
  body.push(
    `<line x1="${asOfX}" y1="${TOP - 8}" x2="${asOfX}" y2="${axisY}" stroke="#${colors.concept}" stroke-width="2" stroke-dasharray="5 3"/>`,
    `<text x="${asOfX + (anchor === 'end' ? -5 : 5)}" y="${TOP - 14}" text-anchor="${anchor}" font-size="${FONT - 1}" fill="#${colors.concept}">Peildatum ${escapeXml(formatDate(timeline.asOf))}</text>`,
  );
  if (anchor === 'end') {
    body.push(
      `<text x="${PLOT_LEFT}" y="${TOP - 14}" font-size="${FONT - 1}" fill="#${colors.muted}">Eerste ziektedag ${escapeXml(formatDate(timeline.firstSickDay))}</text>`,
    );
  }

  const legendY = axisY + 46;
  const legendRows: [string, LegendItem[]][] = [
    [
      'Uitgevoerd, stip op de datum van uitvoering:',
      [
        ['dot', statusLabel('done'), colors.status.done],
        ['dot', statusLabel('done-late'), colors.status.late],
        ['bar', 'uiterste datum', colors.muted],
      ],
    ],
    [
      'Niet uitgevoerd, stip op de uiterste datum:',
      [
        ['dot', statusLabel('overdue'), colors.status.overdue],
        ['dot', statusLabel('due-soon'), colors.status.dueSoon],
        ['dot', statusLabel('upcoming'), colors.status.upcoming],
        ['dot', 'voorbij / n.v.t.', colors.status.inactive],
        ['window', 'venster', colors.status.upcoming],
      ],
    ],
  ];
  legendRows.forEach(([title, items], r) => {
    const ly = legendY + r * 22;
    body.push(
      `<text x="20" y="${ly}" font-size="${FONT - 2}" fill="#${colors.muted}">${escapeXml(title)}</text>`,
    );
    let lx = LEGEND_ITEMS_LEFT;
    for (const [kind, label, color] of items) {
      body.push(
        kind === 'dot'
          ? dot(lx + 6, ly - 5, `#${color}`, 6)
          : kind === 'bar'
            ? deadlineBar(lx + 6, ly - 5, color)
            : `<rect x="${lx}" y="${ly - 10}" width="12" height="10" rx="3" fill="#${color}" fill-opacity="0.25"/>`,
        `<text x="${lx + 17}" y="${ly}" font-size="${FONT - 2}" fill="#${colors.text}">${escapeXml(label)}</text>`,
      );
      lx = round(lx + 17 + label.length * 6.7 + 20);
    }
  });

  const height = legendY + (legendRows.length - 1) * 22 + 14;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" ` +
    `font-family="${TIMELINE_FONT_FAMILY}, ${escapeXml(theme.font)}, sans-serif" font-size="${FONT}">` +
    `<rect width="${WIDTH}" height="${height}" fill="#FFFFFF"/>${body.join('')}</svg>`;
  return { svg, width: WIDTH, height };
}
