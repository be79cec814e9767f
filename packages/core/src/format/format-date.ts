import { toDayNumber } from '../calendar/day-number.js';
import { formatDay } from '../calendar/format-day.js';
import { dateIssue } from '../input/date-issue.js';
import { PoortwachterInputError } from '../input/poortwachter-input-error.js';
import type { Lang } from '../issues/lang.js';
import type { IsoDate } from '../types.js';

/**
 * Writes a date the way people read it, as every message, explanation, terminal table and
 * document of this library does: "16 februari 2025" in Dutch, "16 February 2025" in English;
 * with `weekday`, "zondag 16 februari 2025". Independent of the machine's time zone.
 *
 * @param date - A calendar date as `YYYY-MM-DD`.
 * @param lang - `nl` (default) or `en`.
 * @param options - `weekday: true` puts the weekday first.
 * @returns The written date.
 * @throws PoortwachterInputError (`date/invalid`, `date/has-time`) when `date` is not a calendar date.
 * @example
 * ```ts
 * formatDate('2025-02-16'); // '16 februari 2025'
 * formatDate('2025-02-16', 'en'); // '16 February 2025'
 * formatDate('2025-11-10', 'nl', { weekday: true }); // 'maandag 10 november 2025'
 * ```
 * @category Calendar
 */
export function formatDate(
  date: IsoDate,
  lang: Lang = 'nl',
  options: { weekday?: boolean } = {},
): string {
  const problem = dateIssue(date, []);
  if (problem) throw new PoortwachterInputError([problem]);
  return formatDay(toDayNumber(date), lang, options.weekday === true);
}
