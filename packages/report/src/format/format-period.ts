import { formatDate } from '@poortwachter/core';

/**
 * Formats a period from two `YYYY-MM-DD` dates, either end possibly open ("…"). `inline` (the
 * default) is for running text: the dash is held to the date before and after it with
 * non-breaking spaces, so a line never ends on "–". `stacked` is for a narrow table cell: the
 * second date goes on a line of its own, after the dash.
 *
 * @param from - The first day, or `undefined` when open.
 * @param to - The last day, or `undefined` when open.
 * @param layout - `inline` or `stacked`.
 * @returns The period, or "—" when both ends are missing.
 * @example
 * ```ts
 * formatPeriod('2025-02-17', '2025-09-26'); // '17 februari 2025 – 26 september 2025' (with U+00A0 around the dash)
 * formatPeriod('2025-02-17', undefined, 'stacked'); // '17 februari 2025 –\n…'
 * ```
 * @category Formatting
 */
export function formatPeriod(
  from: string | null | undefined,
  to: string | null | undefined,
  layout: 'inline' | 'stacked' = 'inline',
): string {
  if (!from && !to) return '—';
  const start = from ? formatDate(from) : '…';
  const end = to ? formatDate(to) : '…';
  return layout === 'stacked' ? `${start} –\n${end}` : `${start}\u00A0–\u00A0${end}`;
}
