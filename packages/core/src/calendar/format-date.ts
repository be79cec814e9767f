import type { IsoDate } from '../types.js';
import { toCivil, toDayNumber } from './day-number.js';

const MONTHS = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;

/**
 * Writes a date the way people read it: "16 februari 2025" in Dutch, "16 February 2025" in
 * English. Used in finding messages; documents use date-fns with its `nl` locale.
 *
 * @param date - A calendar date as `YYYY-MM-DD`.
 * @param lang - `nl` (default) or `en`.
 * @returns The written date.
 * @example
 * ```ts
 * formatDate('2025-02-16'); // '16 februari 2025'
 * formatDate('2025-02-16', 'en'); // '16 February 2025'
 * ```
 * @category Calendar
 */
export function formatDate(date: IsoDate, lang: 'nl' | 'en' = 'nl'): string {
  const c = toCivil(toDayNumber(date));
  return `${c.day} ${MONTHS[lang][c.month - 1]} ${c.year}`;
}
