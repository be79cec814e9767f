import { formatDate, type IsoDate } from '@poortwachter/core';

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
