/** What a date field shows when empty. */
export const DATE_PLACEHOLDER = 'dd-mm-jjjj';

/** The message for a date field whose text is not a date. */
export const DATE_HINT =
  'Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 06-01-2025, en kies een bestaande dag.';

/**
 * A date as the page shows it: `2025-01-06` → `06-01-2025`. Anything else (empty, or text
 * that a user typed and that is not a date) is returned as it is.
 *
 * @param iso - A `YYYY-MM-DD` date, or other text.
 * @returns The text for a date field.
 */
export function dutchDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : iso;
}

/**
 * A date as a user types it in Dutch order (`6-1-2025`, `06-01-2025`, `6/1/2025`, `6.1.2025`)
 * as `YYYY-MM-DD`, for the case file. Empty text gives `''`; other text is returned as typed,
 * so that the schema reports the field (whether the day exists is the schema's to say).
 *
 * @param text - What the user typed.
 * @returns The ISO date, `''`, or the text.
 */
export function isoDate(text: string): string {
  const value = text.trim();
  const match = /^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})$/.exec(value);
  if (!match) return value;
  const [, day, month, year] = match;
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}
