import { type LocalizedText, type MilestoneStatus, STATUS_LABELS } from '@poortwachter/core';
import type { Style } from '../output/create-painter.js';

/**
 * How each milestone status reads in a text table (core's `STATUS_LABELS`, the words the
 * documents use too), and its colour: red for
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
  done: { label: STATUS_LABELS.done, style: 'green' },
  'done-late': { label: STATUS_LABELS['done-late'], style: 'yellow' },
  'late-with-motivation': { label: STATUS_LABELS['late-with-motivation'], style: 'cyan' },
  overdue: { label: STATUS_LABELS.overdue, style: ['bold', 'red'] },
  'due-soon': { label: STATUS_LABELS['due-soon'], style: 'yellow' },
  upcoming: { label: STATUS_LABELS.upcoming, style: undefined },
  passed: { label: STATUS_LABELS.passed, style: 'dim' },
  'not-reached': { label: STATUS_LABELS['not-reached'], style: 'dim' },
  'not-applicable': { label: STATUS_LABELS['not-applicable'], style: 'dim' },
};
