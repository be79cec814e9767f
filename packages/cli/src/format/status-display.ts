import type { LocalizedText, MilestoneStatus } from '@poortwachter/core';
import type { Style } from '../output/create-painter.js';

/**
 * How each milestone status (contract.md §3) reads in a text table, and its colour: red for
 * overdue, yellow for what needs attention soon or came late, green for done, dim for what no
 * longer asks anything.
 *
 * @example
 * ```ts
 * STATUS_DISPLAY.overdue.label.nl; // 'te laat'
 * ```
 * @category Output
 */
export const STATUS_DISPLAY: Record<
  MilestoneStatus,
  { label: LocalizedText; style: Style | undefined }
> = {
  done: { label: { nl: 'gedaan', en: 'done' }, style: 'green' },
  'done-late': { label: { nl: 'te laat gedaan', en: 'done late' }, style: 'yellow' },
  'late-with-motivation': {
    label: { nl: 'te laat, gemotiveerd', en: 'late, with motivation' },
    style: 'cyan',
  },
  overdue: { label: { nl: 'te laat', en: 'overdue' }, style: ['bold', 'red'] },
  'due-soon': { label: { nl: 'binnenkort', en: 'due soon' }, style: 'yellow' },
  upcoming: { label: { nl: 'komt nog', en: 'upcoming' }, style: undefined },
  passed: { label: { nl: 'voorbij', en: 'passed' }, style: 'dim' },
  'not-reached': { label: { nl: 'niet bereikt', en: 'not reached' }, style: 'dim' },
  'not-applicable': { label: { nl: 'n.v.t.', en: 'not applicable' }, style: 'dim' },
};
