/**
 * Writes a BSN as 9 digits: an 8-digit number gets its leading zero back (spreadsheets drop it).
 * Any other string is returned unchanged; check it with {@link isValidBsn}. The case schema
 * accepts both forms and does not rewrite them, so its JSON Schema stays exact.
 *
 * @param bsn - A BSN as typed or exported.
 * @returns The BSN with 9 digits.
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#5-privacy | docs/rules.md §5}
 * @example
 * ```ts
 * normalizeBsn('11222333'); // '011222333'
 * normalizeBsn('123456782'); // '123456782'
 * ```
 * @category BSN
 */
export function normalizeBsn(bsn: string): string {
  return /^\d{8}$/.test(bsn) ? `0${bsn}` : bsn;
}
