import { INPUT_ISSUE_MESSAGES } from '../input/input-issue-codes.js';
import { PoortwachterInputError } from '../input/poortwachter-input-error.js';
import type { IsoDate } from '../types.js';
import { tryDayNumber } from './day-number.js';

let formatter: Intl.DateTimeFormat | undefined;

/** `YYYY-MM-DDTHH:mm[:ss[.fff]]` with `Z` or `±HH:mm`, or without an offset. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function invalid(): never {
  throw new PoortwachterInputError([
    { code: 'date/invalid', path: [], message: INPUT_ISSUE_MESSAGES['date/invalid'] },
  ]);
}

/**
 * The calendar date in Europe/Amsterdam of an instant: the helper for timestamps from an HR
 * system or API. Taking the first ten characters of `2025-03-30T23:30:00Z` gives the wrong day
 * (it is 31 March in Amsterdam); this does not. Accepts a `Date`, an ISO date-time with `Z` or an
 * offset, a date-time without an offset (read as Amsterdam wall-clock time: its date part), or a
 * plain `YYYY-MM-DD` date (returned as it is). Uses `Intl`, so it runs in Node and browsers and
 * does not depend on the machine's time zone.
 *
 * @param instant - A `Date` or an ISO date-time string.
 * @returns The date as `YYYY-MM-DD`.
 * @throws PoortwachterInputError (`date/invalid`) for anything else or an invalid `Date`.
 * @example
 * ```ts
 * dateInAmsterdam('2025-01-01T14:50:48+01:00'); // '2025-01-01'
 * dateInAmsterdam('2025-03-30T23:30:00Z'); // '2025-03-31' (01:30 in Amsterdam)
 * dateInAmsterdam(new Date(Date.UTC(2025, 5, 30, 22, 30))); // '2025-07-01'
 * dateInAmsterdam('2025-06-30'); // '2025-06-30'
 * ```
 * @category Calendar
 */
export function dateInAmsterdam(instant: Date | string): IsoDate {
  let moment: Date;
  if (typeof instant === 'string') {
    if (tryDayNumber(instant) !== null) return instant;
    const m = DATE_TIME.exec(instant.trim());
    if (!m || tryDayNumber(m[1]) === null) invalid();
    if (m[2] === undefined) return m[1]!;
    moment = new Date(
      instant
        .trim()
        .replace(/([+-]\d{2})(\d{2})$/, '$1:$2')
        .replace(' ', 'T'),
    );
  } else if (instant instanceof Date) moment = instant;
  else invalid();
  if (Number.isNaN(moment.getTime())) invalid();
  formatter ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const parts = formatter.formatToParts(moment);
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
