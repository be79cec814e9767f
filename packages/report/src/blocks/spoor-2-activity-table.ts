import { formatDate } from '@poortwachter/core';
import type { Spoor2Activity } from '@poortwachter/schema';
import type { Table } from 'docx';
import { LABELS } from '../format/labels.js';
import type { Theme } from '../theme/theme.js';
import { dataTable } from './data-table.js';

/**
 * The activity log of a spoor-2 period as a table: date, kind, goal and result.
 *
 * @param activities - The activities of the period.
 * @param theme - Table colours.
 * @returns The table; "Geen activiteiten in deze periode." when the list is empty.
 * @example
 * ```ts
 * spoor2ActivityTable([{ date: '2025-04-02', type: 'coaching-op-locatie', goal: 'Zoekprofiel aanscherpen' }], defaultTheme);
 * ```
 * @see Beleidsregels beoordelingskader poortwachter (BWBR0014375) ch. 5
 * @category Blocks
 */
export function spoor2ActivityTable(activities: readonly Spoor2Activity[], theme: Theme): Table {
  return dataTable(
    [
      { header: 'Datum', weight: 17 },
      { header: 'Soort', weight: 19 },
      { header: 'Doel', weight: 32 },
      { header: 'Resultaat', weight: 32 },
    ],
    activities.map((a) => [
      formatDate(a.date),
      LABELS.spoor2ActivityType[a.type],
      a.goal,
      a.result ?? '—',
    ]),
    theme,
    'Geen activiteiten in deze periode.',
  );
}
