import { sanitizeText } from './sanitize-text.js';

/**
 * User text for a place that holds one line, such as the header: sanitised
 * ({@link sanitizeText}) with every run of whitespace, newlines and tabs included, made one space.
 *
 * @param text - Any string.
 * @returns The text on one line.
 * @example
 * ```ts
 * singleLine('Jan\n\tde Vries '); // 'Jan de Vries'
 * ```
 * @category Text
 */
export function singleLine(text: string): string {
  return sanitizeText(text).replace(/\s+/g, ' ').trim();
}
