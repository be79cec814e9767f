/**
 * Hides every run of 8 or more digits (a BSN, a loonheffingennummer) in a text that did not
 * come from our own fixed messages, such as an internal error's message.
 *
 * @param text - Any text.
 * @returns The text with such numbers replaced by `[…]`.
 * @example
 * ```ts
 * redactNumbers('failed for 123456782'); // 'failed for […]'
 * ```
 * @category CLI
 */
export function redactNumbers(text: string): string {
  return text.replace(/\d{8,}/g, '[…]');
}
