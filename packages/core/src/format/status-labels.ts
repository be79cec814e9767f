import type { LocalizedText, MilestoneStatus, Severity } from '../types.js';

/**
 * How every milestone status reads, in Dutch and English: the one wording that the terminal,
 * the documents and the browser page all use.
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#3-statuses | docs/contract.md ("Statuses")}
 * @example
 * ```ts
 * STATUS_LABELS.overdue.nl; // 'te laat'
 * STATUS_LABELS.upcoming.en; // 'upcoming'
 * ```
 * @category Formatting
 */
export const STATUS_LABELS: Readonly<Record<MilestoneStatus, LocalizedText>> = {
  done: { nl: 'gedaan', en: 'done' },
  'done-late': { nl: 'te laat gedaan', en: 'done late' },
  'late-with-motivation': { nl: 'te laat, met motivering', en: 'late, with motivation' },
  overdue: { nl: 'te laat', en: 'overdue' },
  'due-soon': { nl: 'binnenkort', en: 'due soon' },
  upcoming: { nl: 'komt nog', en: 'upcoming' },
  passed: { nl: 'voorbij', en: 'passed' },
  'not-reached': { nl: 'niet bereikt', en: 'not reached' },
  'not-applicable': { nl: 'niet van toepassing', en: 'not applicable' },
};

/**
 * How every finding severity reads, in Dutch and English.
 *
 * @example
 * ```ts
 * SEVERITY_LABELS.error.nl; // 'fout'
 * ```
 * @category Formatting
 */
export const SEVERITY_LABELS: Readonly<Record<Severity, LocalizedText>> = {
  error: { nl: 'fout', en: 'error' },
  warning: { nl: 'waarschuwing', en: 'warning' },
  info: { nl: 'info', en: 'info' },
};
