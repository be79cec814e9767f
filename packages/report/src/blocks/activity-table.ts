import { formatDate } from '@poortwachter/core';
import type { PlanActivity } from '@poortwachter/schema';
import type { Table } from 'docx';
import { LABELS } from '../format/labels.js';
import type { Theme } from '../theme/theme.js';
import { dataTable } from './data-table.js';

/**
 * The activities and steps of a plan as a table: who, what with its goal below it (in a
 * paragraph of its own), the number of the tussendoel it serves, by when.
 *
 * @param activities - The activities of a plan van aanpak or bijstelling.
 * @param theme - Table colours.
 * @returns The table; "Geen activiteiten opgenomen." when the list is empty.
 * @example
 * ```ts
 * activityTable([{ who: 'werkgever', what: 'Werkplek aanpassen', goal: 'Zittend werken', intermediateGoal: 1, byWhen: '2024-04-15' }], defaultTheme);
 * ```
 * @see Regeling procesgang eerste en tweede ziektejaar art. 4; BW 7:658a lid 3
 * @category Blocks
 */
export function activityTable(activities: readonly PlanActivity[], theme: Theme): Table {
  return dataTable(
    [
      { header: 'Wie', weight: 19 },
      { header: 'Wat en waarom', weight: 47 },
      { header: 'Tussendoel', weight: 14 },
      { header: 'Uiterlijk', weight: 20 },
    ],
    activities.map((a) => [
      a.whoDescription ? `${LABELS.party[a.who]}: ${a.whoDescription}` : LABELS.party[a.who],
      { text: a.what, details: [['Doel', a.goal]] },
      a.intermediateGoal === undefined ? '—' : `nr. ${a.intermediateGoal}`,
      a.byWhen ? formatDate(a.byWhen) : '—',
    ]),
    theme,
    'Geen activiteiten opgenomen.',
  );
}
