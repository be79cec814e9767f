import { format } from 'date-fns';
import { nl } from 'date-fns/locale/nl';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats a calendar date the Dutch way ("6 januari 2025") with date-fns' `nl` locale. The date
 * is built from its parts at local midnight and read back with local getters, so the result
 * never depends on the machine's time zone.
 *
 * @param date - A date as `YYYY-MM-DD`.
 * @returns The date in Dutch, or the input unchanged when it is not a `YYYY-MM-DD` string (a
 *   document shows what it was given rather than failing on it).
 * @example
 * ```ts
 * formatDate('2025-01-06'); // '6 januari 2025'
 * ```
 * @category Formatting
 */
export function formatDate(date: string): string {
  const m = ISO_DATE.exec(date);
  if (!m) return date;
  return format(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])), 'd MMMM yyyy', {
    locale: nl,
  });
}
