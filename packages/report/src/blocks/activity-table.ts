import { formatDate } from '@poortwachter/core';
import type { PlanActivity } from '@poortwachter/schema';
import type { Table } from 'docx';
import { LABELS } from '../format/labels.js';
import type { Theme } from '../theme/theme.js';
import { dataTable } from './data-table.js';

/**
 * The activities and steps of a plan as a table: who, what, by when.
 *
 * @param activities - The activities of a plan van aanpak or bijstelling.
 * @param theme - Table colours.
 * @returns The table; "Geen activiteiten opgenomen." when the list is empty.
 * @example
 * ```ts
 * activityTable([{ who: 'werkgever', what: 'Werkplek aanpassen', byWhen: '2024-04-15' }], defaultTheme);
 * ```
 * @see Regeling procesgang eerste en tweede ziektejaar art. 4; BW 7:658a lid 3
 * @category Blocks
 */
export function activityTable(activities: readonly PlanActivity[], theme: Theme): Table {
  return dataTable(
    [
      { header: 'Wie', weight: 22 },
      { header: 'Wat', weight: 56 },
      { header: 'Uiterlijk', weight: 22 },
    ],
    activities.map((a) => [
      a.whoDescription ? `${LABELS.party[a.who]}: ${a.whoDescription}` : LABELS.party[a.who],
      a.what,
      a.byWhen ? formatDate(a.byWhen) : '—',
    ]),
    theme,
    'Geen activiteiten opgenomen.',
  );
}
