import { formatDate, type IsoDate, type Timeline } from '@poortwachter/core';
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
  },
} as const;

/**
 * Writes a timeline as a readable text table: header lines with the first sick day, the date
 * of the statuses, the end of the waiting period (its last day and the first day after) and
 * any warnings; then one row per milestone with its window start, due date, status and the
 * date it was done. Dates are written out ("3 januari 2022"); only the status is coloured.
 *
 * @param timeline - The result of `computeTimeline()`.
 * @param lang - The language of labels and dates.
 * @param paint - Colours the status cells (see {@link createPainter}).
 * @returns The text, ending in a newline.
 * @example
 * ```ts
 * const text = formatTimelineText(computeTimeline(caseFile, { asOf: '2022-09-01' }), 'nl', createPainter(false));
 * // 'Tijdlijn verzuimdossier …\nEerste ziektedag:  3 januari 2022\n…'
 * ```
 * @category Output
 */
export function formatTimelineText(timeline: Timeline, lang: Lang, paint: Painter): string {
  const t = TEXT[lang];
  const date = (d: IsoDate | null): string => (d === null ? '-' : formatDate(d, lang));
  const { lastDay, firstDayAfter } = timeline.waitingPeriod;
  const headers: [string, string][] = [
    [t.firstSickDay, date(timeline.firstSickDay)],
    [t.asOf, date(timeline.asOf)],
    [
      t.waitingPeriod,
      lastDay === null || firstDayAfter === null
        ? t.notReached
        : `${date(lastDay)} (${t.lastDay}); ${t.firstDayAfter} ${date(firstDayAfter)}`,
    ],
    ...timeline.warnings.map((w): [string, string] => [t.warning, w.message[lang]]),
  ];
  const labelWidth = Math.max(...headers.map(([label]) => label.length)) + 1;
  const rows = timeline.milestones.map((m) => {
    const status = STATUS_DISPLAY[m.status];
    return [
      { text: m.label[lang] },
      { text: date(m.windowStart) },
      { text: date(m.due) },
      { text: status.label[lang], style: status.style },
      { text: date(m.eventDate) },
    ];
  });
  return [
    t.title,
    '',
    ...headers.map(([label, value]) => `${`${label}:`.padEnd(labelWidth)}  ${value}`),
    '',
    ...formatTable(t.columns, rows, paint),
    '',
  ].join('\n');
}
