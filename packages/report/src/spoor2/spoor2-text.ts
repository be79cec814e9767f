import { formatDate, type IsoDate } from '@poortwachter/core';
import { formatNumber } from '../format/format-number.js';

/**
 * "3 maart 2025 – 11 april 2025" on two lines for a table cell; a missing end is "loopt nog",
 * a missing start "…".
 *
 * @param start - The first day, if known.
 * @param end - The last day; `null` or none: still running.
 * @returns The text.
 * @example
 * ```ts
 * periodText('2025-05-01', null); // '1 mei 2025 –\nloopt nog'
 * ```
 * @internal
 */
export function periodText(start: IsoDate | undefined, end: IsoDate | null | undefined): string {
  return `${start ? formatDate(start) : '…'} –\n${end ? formatDate(end) : 'loopt nog'}`;
}

/**
 * Hours the Dutch way with the unit: "14,5 uur".
 *
 * @param hours - A number of hours.
 * @returns The text.
 * @example
 * ```ts
 * hoursText(1.5); // '1,5 uur'
 * ```
 * @internal
 */
export function hoursText(hours: number): string {
  return `${formatNumber(hours)} uur`;
}
