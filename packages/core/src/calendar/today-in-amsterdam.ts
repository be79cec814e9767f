import type { IsoDate } from '../types.js';
import { dateInAmsterdam } from './date-in-amsterdam.js';

/**
 * Today's calendar date in Europe/Amsterdam, whatever the machine's time zone: the default
 * `asOf` of a timeline.
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
  return dateInAmsterdam(now);
}
