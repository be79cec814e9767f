import { formatDate, type Spoor2Activity } from '@poortwachter/core';
import type { Table } from 'docx';
import { formatNumber } from '../format/format-number.js';
import { LABELS } from '../format/labels.js';
import type { Theme } from '../theme/theme.js';
import { dataTable } from './data-table.js';

/**
 * Spoor-2 activities as a table: date, kind with where and how many hours under it, goal and
 * result, as the spoor-2 log of a case file records them (`spoor2.activities`); what the log
 * leaves out shows as "—".
 *
 * @param activities - The activities, in the order given.
 * @param theme - Table colours.
 * @returns The table; "Geen activiteiten in deze periode." when the list is empty.
 * @example
 * ```ts
 * spoor2ActivityTable([{ date: '2025-04-02', type: 'loopbaancoaching', mode: 'online', hours: 1, goal: 'Zoekprofiel aanscherpen' }], defaultTheme);
 * ```
 * @see Beleidsregels beoordelingskader poortwachter (BWBR0014375) ch. 5
 * @category Blocks
 */
export function spoor2ActivityTable(activities: readonly Spoor2Activity[], theme: Theme): Table {
  return dataTable(
    [
      { header: 'Datum', weight: 15 },
      { header: 'Soort, vorm en uren', weight: 25 },
      { header: 'Doel', weight: 27 },
      { header: 'Resultaat', weight: 33 },
    ],
    activities.map((a) => [
      formatDate(a.date),
      [
        LABELS.spoor2ActivityType[a.type],
        [a.mode && LABELS.intensity[a.mode], a.hours == null ? '' : `${formatNumber(a.hours)} uur`]
          .filter(Boolean)
          .join(', '),
      ]
        .filter(Boolean)
        .join('\n'),
      a.goal ?? '—',
      a.result ?? '—',
    ]),
    theme,
    'Geen activiteiten in deze periode.',
  );
}
