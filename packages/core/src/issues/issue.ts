import type { IsoDate, LocalizedText, Severity } from '../types.js';

/**
 * A field path as data: keys and indexes from the root of the input, as zod writes them
 * (`['sickPeriods', 0, 'start']`). {@link pathText} writes it as `sickPeriods[0].start`.
 *
 * @example
 * ```ts
 * const path: IssuePath = ['sickPeriods', 0, 'start'];
 * ```
 * @category Issues
 */
export type IssuePath = (string | number)[];

/**
 * A period a finding concerns, both days inclusive.
 *
 * @example
 * ```ts
 * const period: DatePeriod = { start: '2025-05-01', end: '2025-05-28' };
 * ```
 * @category Issues
 */
export interface DatePeriod {
  start: IsoDate;
  end: IsoDate;
}

/**
 * The one shape of every problem this library reports: input problems, schema problems,
 * compliance findings, document and template problems. Plain data, discriminated by `code` (a
 * closed union per producer), with a `message` in Dutch and English that never contains an input
 * value; the language is chosen when formatting ({@link formatIssue}).
 *
 * - `path`: the field the issue is about (input, schema, document content).
 * - `milestone`: the milestone a finding is about.
 * - `severity`: set on findings (`error`, `warning`, `info`); input problems have none (they
 *   always stop the computation).
 * - `due`, `eventDate`, `period`, `windows`, `source`, `placeholder`: what a particular kind of
 *   issue adds.
 *
 * @typeParam C - The code union, e.g. {@link InputIssueCode} or {@link FindingCode}.
 * @example
 * ```ts
 * const issue: Issue<'period/end-before-start'> = {
 *   code: 'period/end-before-start',
 *   path: ['sickPeriods', 1, 'end'],
 *   message: { nl: 'De einddatum ligt vóór de begindatum.', en: 'The end date is before the start date.' },
 * };
 * ```
 * @category Issues
 */
export interface Issue<C extends string = string> {
  code: C;
  path?: IssuePath | undefined;
  milestone?: string | undefined;
  severity?: Severity | undefined;
  message: LocalizedText;
  due?: IsoDate | null | undefined;
  eventDate?: IsoDate | null | undefined;
  period?: DatePeriod | undefined;
  windows?: DatePeriod[] | undefined;
  source?: string | undefined;
  /** The template placeholder a template issue is about (`werknemer.bsn`). */
  placeholder?: string | undefined;
}
