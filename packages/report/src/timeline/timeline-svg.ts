import {
  addDays,
  daysBetween,
  formatDate,
  type Milestone,
  type Timeline,
} from '@poortwachter/core';
import { format } from 'date-fns/format';
import { nl } from 'date-fns/locale/nl';
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
 * row) on a time axis from the first sick day to the end of the waiting period, the window and
 * due date of each milestone coloured by its status, a diamond where its event was recorded, a
 * vertical line at the as-of date and a legend. Text uses {@link TIMELINE_FONT_FAMILY}.
 *
 * @param timeline - A timeline from `computeTimeline` of `@poortwachter/core`.
 * @param theme - Colours of the statuses and lines.
 * @returns The SVG text and its size in pixels.
 * @example
 * ```ts
 * const { svg, width, height } = timelineSvg(computeTimeline(input, { asOf: '2025-09-01' }), defaultTheme);
 * ```
 * @see Regeling procesgang eerste en tweede ziektejaar (BWBR0013540); docs/rules.md §1
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
      body.push(
        `<circle cx="${dayX(m.due)}" cy="${cy}" r="6.5" fill="${fill}" stroke="#FFFFFF" stroke-width="1"/>`,
      );
      if (m.eventDate !== null) {
        const ex = dayX(m.eventDate);
        body.push(
          `<path d="M${ex} ${cy - 6}L${ex + 6} ${cy}L${ex} ${cy + 6}L${ex - 6} ${cy}Z" fill="#${colors.text}" fill-opacity="0.75"/>`,
        );
      }
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

  const legend: [string, string][] = [
    ['gedaan', colors.status.done],
    ['te laat', colors.status.late],
    ['verlopen', colors.status.overdue],
    ['binnenkort', colors.status.dueSoon],
    ['gepland', colors.status.upcoming],
    ['voorbij / n.v.t.', colors.status.inactive],
  ];
  const legendY = axisY + 46;
  let lx = 20;
  for (const [label, color] of legend) {
    body.push(
      `<circle cx="${lx + 6}" cy="${legendY - 5}" r="6" fill="#${color}"/>`,
      `<text x="${lx + 17}" y="${legendY}" font-size="${FONT - 2}" fill="#${colors.text}">${label}</text>`,
    );
    lx = round(lx + 17 + label.length * 6.7 + 24);
  }
  body.push(
    `<path d="M${lx + 6} ${legendY - 11}L${lx + 12} ${legendY - 5}L${lx + 6} ${legendY + 1}L${lx} ${legendY - 5}Z" fill="#${colors.text}" fill-opacity="0.75"/>`,
    `<text x="${lx + 17}" y="${legendY}" font-size="${FONT - 2}" fill="#${colors.text}">vastgelegd</text>`,
  );

  const height = legendY + 14;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" ` +
    `font-family="${TIMELINE_FONT_FAMILY}, ${escapeXml(theme.font)}, sans-serif" font-size="${FONT}">` +
    `<rect width="${WIDTH}" height="${height}" fill="#FFFFFF"/>${body.join('')}</svg>`;
  return { svg, width: WIDTH, height };
}
