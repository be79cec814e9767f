import type { InputIssueCode } from '@poortwachter/core';

const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const;

/**
 * What is wrong with a BSN, or `null` when it is valid: not 8 or 9 digits (`bsn/format`), only
 * zeros (`bsn/zero`: 000000000 passes the elfproef but is no number), or the elfproef fails
 * (`bsn/checksum`: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 must be divisible by 11). An 8-digit number
 * is read with a leading zero.
 *
 * @param value - Any value.
 * @returns The problem's code, or `null`.
 * @see Wet algemene bepalingen burgerservicenummer (BWBR0022428); AP Beleidsregels "De zieke
 * werknemer" (BWBR0037896); {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#5-privacy | docs/rules.md §5}
 * @example
 * ```ts
 * bsnProblem('123456782'); // null
 * bsnProblem('123456789'); // 'bsn/checksum'
 * bsnProblem('000000000'); // 'bsn/zero'
 * bsnProblem('12345'); // 'bsn/format'
 * ```
 * @category BSN
 */
export function bsnProblem(value: unknown): Extract<InputIssueCode, `bsn/${string}`> | null {
  if (typeof value !== 'string' || !/^\d{8,9}$/.test(value)) return 'bsn/format';
  const digits = value.padStart(9, '0');
  if (digits === '000000000') return 'bsn/zero';
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  return sum % 11 === 0 ? null : 'bsn/checksum';
}
