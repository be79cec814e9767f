import type { PlanChange } from '@poortwachter/schema';
import type { Table } from 'docx';
import { LABELS } from '../format/labels.js';
import type { Theme } from '../theme/theme.js';
import { dataTable } from './data-table.js';

/**
 * The changes to a plan van aanpak as a table, each recognisable as a change: the part of the
 * plan, what it was, what it becomes and why.
 *
 * @param changes - The changes.
 * @param theme - Table colours.
 * @returns The table; "Geen wijzigingen." when the list is empty.
 * @example
 * ```ts
 * planChangesTable([{ subject: 'opbouwschema', before: '20 uur', after: '16 uur', reason: 'Trager herstel' }], defaultTheme);
 * ```
 * @see BW 7:658a lid 3 (bijstelling van het plan van aanpak)
 * @category Blocks
 */
export function planChangesTable(changes: readonly PlanChange[], theme: Theme): Table {
  return dataTable(
    [
      // Wide enough for the longest subject label ("Contactafspraken") on one line.
      { header: 'Onderdeel', weight: 21 },
      { header: 'Was', weight: 24 },
      { header: 'Wordt', weight: 29 },
      { header: 'Reden', weight: 26 },
    ],
    changes.map((c) => [
      LABELS.changeSubject[c.subject],
      c.before ?? '—',
      c.after,
      c.reason ?? '—',
    ]),
    theme,
    'Geen wijzigingen.',
  );
}
