import { bsnProblem } from './bsn-problem.js';

/**
 * Whether a string is a valid burgerservicenummer: 9 digits (or 8, read with a leading zero) that
 * pass the elfproef, and not 000000000. Passing does not prove that the number was issued.
 *
 * @param value - Any value; only strings can be valid (a BSN may start with 0).
 * @returns `true` for a valid BSN.
 * @see Wet algemene bepalingen burgerservicenummer (BWBR0022428); {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#5-privacy | docs/rules.md §5}
 * @example
 * ```ts
 * isValidBsn('123456782'); // true
 * isValidBsn('000000000'); // false
 * isValidBsn('12345678'); // false (012345678 fails the elfproef)
 * ```
 * @category BSN
 */
export function isValidBsn(value: unknown): value is string {
  return bsnProblem(value) === null;
}
