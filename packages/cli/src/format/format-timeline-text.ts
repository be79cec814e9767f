import { formatDate, type IsoDate, skippedDays, type Timeline } from '@poortwachter/core';
import type { Lang } from '../detect-lang.js';
import type { Painter } from '../output/create-painter.js';
import { formatTable } from '../output/format-table.js';
import { STATUS_DISPLAY } from './status-display.js';

const TEXT = {
  nl: {
    title: 'Tijdlijn verzuimdossier (Wet verbetering poortwachter)',
    firstSickDay: 'Eerste ziektedag',
    asOf: 'Peildatum',
    waitingPeriod: 'Einde wachttijd',
    lastDay: 'laatste dag',
    firstDayAfter: 'eerste dag daarna',
    notReached: 'niet bereikt (hersteld)',
    warning: 'Let op',
    columns: ['Mijlpaal', 'Vanaf', 'Uiterlijk', 'Status', 'Gedaan op'],
    moved: '* later door dagen van herstel of verlof tussendoor (zie --explain)',
    noStatuses: 'Zonder --as-of: alleen de data, geen statussen.',
    explanations: 'Toelichting',
  },
  en: {
    title: 'Sick-leave case timeline (Wet verbetering poortwachter)',
    firstSickDay: 'First sick day',
    asOf: 'As of',
    waitingPeriod: 'End of waiting period',
    lastDay: 'last day',
    firstDayAfter: 'first day after',
    notReached: 'not reached (recovered)',
    warning: 'Note',
    columns: ['Milestone', 'From', 'Due', 'Status', 'Done on'],
    moved: '* later because of days of recovery or leave in between (see --explain)',
    noStatuses: 'Without --as-of: dates only, no statuses.',
    explanations: 'Explanations',
  },
} as const;

/**
 * Writes a timeline as a readable text table: header lines with the first sick day, the date
 * of the statuses, the end of the waiting period (its last day and the first day after) and
 * any warnings; then one row per milestone with its window start, due date, status and the
 * date it was done. A due date that days of recovery or leave moved later is marked `*`, with a
 * note under the table. Dates are written out ("3 januari 2022"); only the status is coloured.
 * `statuses: false` leaves out the statuses (a quick look without a date to judge on);
 * `explain: true` adds each milestone's explanation under the table.
 *
 * @param timeline - The result of `computeTimeline()`.
 * @param lang - The language of labels and dates.
 * @param paint - Colours the status cells (see {@link createPainter}).
 * @param options - `statuses` (default `true`) and `explain` (default `false`).
 * @returns The text, ending in a newline.
 * @example
 * ```ts
 * const text = formatTimelineText(computeTimeline(caseFile, { asOf: '2022-09-01' }), 'nl', createPainter(false));
 * // 'Tijdlijn verzuimdossier …\nEerste ziektedag:  3 januari 2022\n…'
 * ```
 * @category Output
 */
export function formatTimelineText(
  timeline: Timeline,
  lang: Lang,
  paint: Painter,
  options: { statuses?: boolean; explain?: boolean } = {},
): string {
  const t = TEXT[lang];
  const statuses = options.statuses !== false;
  const date = (d: IsoDate | null): string => (d === null ? '-' : formatDate(d, lang));
  const { lastDay, firstDayAfter } = timeline.waitingPeriod;
  const headers: [string, string][] = [
    [t.firstSickDay, date(timeline.firstSickDay)],
    ...(statuses ? [[t.asOf, date(timeline.asOf)] as [string, string]] : []),
    [
      t.waitingPeriod,
      lastDay === null || firstDayAfter === null
        ? t.notReached
        : `${date(lastDay)} (${t.lastDay}); ${t.firstDayAfter} ${date(firstDayAfter)}`,
    ],
    ...timeline.warnings.map((w): [string, string] => [t.warning, w.message[lang]]),
  ];
  const labelWidth = Math.max(...headers.map(([label]) => label.length)) + 1;
  let moved = false;
  const rows = timeline.milestones.map((m) => {
    const skipped = skippedDays(m.derivation);
    const mark = m.due !== null && skipped.gapDays + skipped.leaveDays > 0 ? ' *' : '';
    if (mark) moved = true;
    const cells = [
      { text: m.label[lang] },
      { text: date(m.windowStart) },
      { text: `${date(m.due)}${mark}` },
    ];
    if (!statuses) return cells;
    const status = STATUS_DISPLAY[m.status];
    return [
      ...cells,
      { text: status.label[lang], style: status.style },
      { text: date(m.eventDate) },
    ];
  });
  const columns = statuses ? t.columns : t.columns.slice(0, 3);
  const explanations = options.explain
    ? [
        '',
        `${t.explanations}:`,
        ...timeline.milestones.map((m) => `- ${m.label[lang]}: ${m.explanation[lang]}`),
      ]
    : [];
  return [
    t.title,
    '',
    ...headers.map(([label, value]) => `${`${label}:`.padEnd(labelWidth)}  ${value}`),
    ...(statuses ? [] : [t.noStatuses]),
    '',
    ...formatTable(columns, rows, paint),
    ...(moved ? ['', t.moved] : []),
    ...explanations,
    '',
  ].join('\n');
}
