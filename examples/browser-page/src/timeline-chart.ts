import {
  addDays,
  daysBetween,
  formatDate,
  type IsoDate,
  type Milestone,
  STATUS_LABELS,
  type Timeline,
} from '@poortwachter/core';
import type { Case } from '@poortwachter/schema';
import { s } from './dom.js';

const WIDTH = 820;
const LABEL_WIDTH = 220;
const X0 = LABEL_WIDTH + 10;
const X1 = WIDTH - 16;
const AXIS_Y = 14;
const AS_OF_Y = 30;
const BAND_Y = 38;
const ROWS_Y = 60;
const ROW_HEIGHT = 22;
const MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** What the chart calls when the user clicks a milestone or a date. */
export interface ChartHandlers {
  onMilestone: (milestone: Milestone) => void;
  onDate: (date: IsoDate) => void;
}

/** A label that fits the label column (the full text is in the row's tooltip). */
const fit = (text: string) => (text.length > 34 ? `${text.slice(0, 33)}…` : text);

/**
 * The timeline drawn as SVG: one row per milestone with its window, due date (coloured by
 * status as of the timeline's as-of date) and recorded event; the sick and leave periods in a
 * band on top; a line at the as-of date. Clicking a row's label or marker explains the
 * milestone; clicking anywhere else in the plot explains that date.
 *
 * @param timeline - The computed timeline.
 * @param data - The case (for its periods).
 * @param handlers - The click handlers.
 * @returns The `<svg>` element.
 */
export function timelineChart(
  timeline: Timeline,
  data: Case,
  handlers: ChartHandlers,
): SVGSVGElement {
  const dates = [
    timeline.firstSickDay,
    timeline.asOf,
    ...timeline.milestones.flatMap((m) => [m.windowStart, m.due, m.eventDate]),
  ].filter((d): d is IsoDate => d !== null);
  // ISO dates sort as text.
  const sorted = [...dates].sort();
  const start = addDays(sorted[0]!, -14);
  const end = addDays(sorted.at(-1)!, 14);
  const span = daysBetween(start, end);
  const x = (date: IsoDate) =>
    X0 + (Math.min(Math.max(daysBetween(start, date), 0), span) / span) * (X1 - X0);
  const height = ROWS_Y + timeline.milestones.length * ROW_HEIGHT + 8;

  const svg = s('svg', {
    viewBox: `0 0 ${WIDTH} ${height}`,
    width: '100%',
    role: 'img',
    'aria-label': `Tijdlijn vanaf ${formatDate(timeline.firstSickDay)}, statussen per ${formatDate(timeline.asOf)}`,
    class: 'chart',
  });

  // The plot's background: a click on it explains the date under the pointer.
  const plot = s('rect', { x: X0, y: 0, width: X1 - X0, height, class: 'plot' });
  plot.addEventListener('click', (event) => {
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(
      svg.getScreenCTM()!.inverse(),
    );
    handlers.onDate(addDays(start, Math.round(((point.x - X0) / (X1 - X0)) * span)));
  });
  svg.append(plot);

  // Months on the axis, a label every quarter.
  for (let year = Number(start.slice(0, 4)), month = Number(start.slice(5, 7)); ; month++) {
    if (month > 12) [year, month] = [year + 1, 1];
    const iso = `${year}-${String(month).padStart(2, '0')}-01`;
    if (iso > end) break;
    if (iso < start) continue;
    const mx = x(iso);
    svg.append(s('line', { x1: mx, x2: mx, y1: AXIS_Y + 4, y2: height, class: 'grid' }));
    if (month % 3 === 1 && mx < X1 - 50)
      svg.append(
        s('text', { x: mx + 2, y: AXIS_Y, class: 'axis' }, `${MONTHS[month - 1]} ${year}`),
      );
  }

  // Sick and leave periods.
  svg.append(s('text', { x: 8, y: BAND_Y + 10, class: 'band-label' }, 'Ziek en verlof'));
  for (const p of data.sickPeriods) {
    const to = p.end ?? end;
    if (to < start) continue;
    svg.append(
      s(
        'rect',
        {
          x: x(p.start),
          y: BAND_Y,
          width: Math.max(x(to) - x(p.start), 1),
          height: 12,
          class: 'sick',
        },
        s('title', {}, `Ziek: ${formatDate(p.start)} – ${p.end ? formatDate(p.end) : 'nog ziek'}`),
      ),
    );
  }
  for (const p of data.leavePeriods ?? []) {
    svg.append(
      s(
        'rect',
        {
          x: x(p.start),
          y: BAND_Y,
          width: Math.max(x(p.end) - x(p.start), 1),
          height: 12,
          class: 'leave',
        },
        s(
          'title',
          {},
          `Zwangerschaps- en bevallingsverlof: ${formatDate(p.start)} – ${formatDate(p.end)}`,
        ),
      ),
    );
  }

  // One row per milestone.
  timeline.milestones.forEach((m, i) => {
    const y = ROWS_Y + i * ROW_HEIGHT;
    const mid = y + ROW_HEIGHT / 2;
    const status = STATUS_LABELS[m.status].nl;
    const title = `${m.label.nl}: ${m.due ? `uiterlijk ${formatDate(m.due)}` : 'geen datum'} (${status})`;
    const row = s('g', {
      class: `row status-${m.status}`,
      'data-milestone': m.id,
      tabindex: 0,
      role: 'button',
      'aria-label': title,
    });
    row.append(
      s('rect', { x: 0, y, width: LABEL_WIDTH, height: ROW_HEIGHT, class: 'row-hit' }),
      s('text', { x: 8, y: mid + 4, class: 'label' }, fit(m.label.nl)),
      s('title', {}, title),
    );
    if (m.windowStart && m.due)
      row.append(
        s('rect', {
          x: x(m.windowStart),
          y: mid - 3,
          width: x(m.due) - x(m.windowStart),
          height: 6,
          class: 'window',
        }),
      );
    if (m.due) row.append(s('circle', { cx: x(m.due), cy: mid, r: 5.5, class: 'due' }));
    if (m.eventDate)
      row.append(
        s('path', {
          d: `M ${x(m.eventDate) - 5} ${mid} l 5 -5 l 5 5 l -5 5 z`,
          class: 'event',
        }),
      );
    const explain = () => handlers.onMilestone(m);
    row.addEventListener('click', explain);
    row.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') explain();
    });
    svg.append(row);
  });

  // The as-of date, its label on the side with more room.
  const ax = x(timeline.asOf);
  const left = ax > (X0 + X1) / 2;
  svg.append(
    s('line', { x1: ax, x2: ax, y1: AS_OF_Y + 3, y2: height, class: 'as-of' }),
    s(
      'text',
      {
        x: left ? ax - 4 : ax + 4,
        y: AS_OF_Y,
        'text-anchor': left ? 'end' : 'start',
        class: 'as-of-label',
      },
      `Peildatum ${formatDate(timeline.asOf)}`,
    ),
  );
  return svg;
}
