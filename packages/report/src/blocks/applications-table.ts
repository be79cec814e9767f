import { formatDate, type Spoor2Application } from '@poortwachter/core';
import type { Table } from 'docx';
import { LABELS } from '../format/labels.js';
import type { Theme } from '../theme/theme.js';
import { dataTable } from './data-table.js';

/**
 * Applications as a table: date, employer, function, channel and result, as the spoor-2 log of a
 * case file records them (`spoor2.applications`); what the log leaves out shows as "—".
 *
 * @param applications - The applications, in the order given.
 * @param theme - Table colours.
 * @param emptyText - The text of the table without applications.
 * @returns The table.
 * @example
 * ```ts
 * applicationsTable([{ date: '2025-05-12', employer: 'Gemeente Voorbeeld', function: 'Medewerker klantcontact', channel: 'vacaturesite', result: 'uitgenodigd' }], defaultTheme);
 * ```
 * @see Beleidsregels beoordelingskader poortwachter (BWBR0014375) ch. 5
 * @category Blocks
 */
export function applicationsTable(
  applications: readonly Spoor2Application[],
  theme: Theme,
  emptyText = 'Geen sollicitaties in deze periode.',
): Table {
  return dataTable(
    [
      { header: 'Datum', weight: 16 },
      { header: 'Werkgever', weight: 23 },
      { header: 'Functie', weight: 23 },
      { header: 'Kanaal', weight: 19 },
      { header: 'Resultaat', weight: 19 },
    ],
    applications.map((a) => [
      formatDate(a.date),
      a.employer ?? '—',
      a.function ?? '—',
      a.channel ? LABELS.applicationChannel[a.channel] : '—',
      LABELS.applicationResult[a.result],
    ]),
    theme,
    emptyText,
  );
}
