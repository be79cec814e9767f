import type { IsoDate } from '../types.js';

let formatter: Intl.DateTimeFormat | undefined;

/**
 * Today's calendar date in Europe/Amsterdam, whatever the machine's time zone: the default
 * `asOf` of a timeline. Uses `Intl`, so it runs in Node and in browsers.
 *
 * @param now - The moment to take (default: now).
 * @returns The date as `YYYY-MM-DD`.
 * @example
 * ```ts
 * todayInAmsterdam(new Date('2025-03-30T23:30:00Z')); // '2025-03-31' (01:30 in Amsterdam)
 * ```
 * @category Calendar
 */
export function todayInAmsterdam(now: Date = new Date()): IsoDate {
  formatter ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const parts = formatter.formatToParts(now);
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
