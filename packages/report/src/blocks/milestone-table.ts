import type { Milestone } from '@poortwachter/core';
import { formatDate } from '@poortwachter/core';
import type { Table } from 'docx';
import { formatPeriod } from '../format/format-period.js';
import { statusLabel } from '../format/status-label.js';
import { statusColor } from '../theme/status-color.js';
import type { Theme } from '../theme/theme.js';
import { dataTable } from './data-table.js';

const date = (value: string | null): string => (value ? formatDate(value) : '—');

/**
 * The milestones of a timeline as a table: milestone, window and due date, the date it was
 * carried out ("Uitgevoerd op"), and its status as of the timeline's date in the theme's status colour.
 *
 * @param milestones - The milestones of `computeTimeline`.
 * @param theme - Status colours and table colours.
 * @returns The table.
 * @example
 * ```ts
 * import { computeTimeline } from '@poortwachter/core';
 *
 * milestoneTable(computeTimeline(caseFile, { asOf: '2025-09-01' }).milestones, defaultTheme);
 * ```
 * @see Regeling procesgang eerste en tweede ziektejaar (BWBR0013540); {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#1-milestones | docs/rules.md §1}
 * @category Blocks
 */
export function milestoneTable(milestones: readonly Milestone[], theme: Theme): Table {
  return dataTable(
    [
      { header: 'Mijlpaal', weight: 30 },
      { header: 'Uiterlijk', weight: 24 },
      { header: 'Uitgevoerd op', weight: 18 },
      { header: 'Status', weight: 20 },
    ],
    milestones.map((m) => [
      m.label.nl,
      m.windowStart && m.due ? formatPeriod(m.windowStart, m.due, 'stacked') : date(m.due),
      date(m.eventDate),
      {
        text: statusLabel(m.status),
        color: statusColor(m.status, theme.colors.status),
        bold: true,
      },
    ]),
    theme,
  );
}
