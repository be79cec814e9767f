const EURO = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * Formats an amount in euros the Dutch way: "€ ", thousands with a dot, two decimals after a
 * comma.
 *
 * @param value - The amount in euros.
 * @returns The amount as Dutch text.
 * @example
 * ```ts
 * formatAmount(2450); // '€ 2.450,00'
 * formatAmount(18.5); // '€ 18,50'
 * ```
 * @category Formatting
 */
export function formatAmount(value: number): string {
  return `€\u00A0${EURO.format(value)}`;
}
