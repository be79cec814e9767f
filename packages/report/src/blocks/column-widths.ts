import { PAGE } from '../layout/page-layout.js';

/**
 * Divides the text width of the page over columns by weight, in whole DXA that add up exactly.
 *
 * @param weights - Relative widths, such as `[1, 3]`.
 * @param total - The width to divide; default the page's text width.
 * @returns The column widths in DXA.
 * @example
 * ```ts
 * columnWidths([1, 3]); // [2410, 7228]
 * ```
 * @category Layout
 */
export function columnWidths(
  weights: readonly number[],
  total: number = PAGE.contentWidth,
): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}
