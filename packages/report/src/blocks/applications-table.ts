import { formatDate } from '@poortwachter/core';
import type { Application } from '@poortwachter/schema';
import type { Table } from 'docx';
import { LABELS } from '../format/labels.js';
import type { Theme } from '../theme/theme.js';
import { dataTable } from './data-table.js';

/**
 * The applications of a spoor-2 period as a table: date, employer, function, channel and result
 * (the note in a paragraph of its own under the result, labelled "Toelichting", so the two never
 * run together).
 *
 * @param applications - The applications, in the order given.
 * @param theme - Table colours.
 * @returns The table; "Geen sollicitaties in deze periode." when the list is empty.
 * @example
 * ```ts
 * applicationsTable([{ date: '2025-05-12', employer: 'Gemeente Voorbeeld', function: 'Medewerker klantcontact', channel: 'vacaturesite', result: 'uitgenodigd' }], defaultTheme);
 * ```
 * @see Beleidsregels beoordelingskader poortwachter (BWBR0014375) ch. 5
 * @category Blocks
 */
export function applicationsTable(applications: readonly Application[], theme: Theme): Table {
  return dataTable(
    [
      { header: 'Datum', weight: 17 },
      { header: 'Werkgever', weight: 24 },
      { header: 'Functie', weight: 24 },
      { header: 'Kanaal', weight: 15 },
      { header: 'Resultaat', weight: 20 },
    ],
    applications.map((a) => [
      formatDate(a.date),
      a.employer,
      a.function,
      LABELS.applicationChannel[a.channel],
      { text: LABELS.applicationResult[a.result], details: [['Toelichting', a.note]] },
    ]),
    theme,
    'Geen sollicitaties in deze periode.',
  );
}
