const DUTCH = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/**
 * Formats a number the Dutch way: a decimal comma and at most two decimals ("38,5").
 *
 * @param value - Any finite number.
 * @returns The number as Dutch text.
 * @example
 * ```ts
 * formatNumber(38.5); // '38,5'
 * formatNumber(40); // '40'
 * ```
 * @category Formatting
 */
export function formatNumber(value: number): string {
  return DUTCH.format(value);
}
