/**
 * Whether a key name may be shown in a message or a path text: a short word of letters, digits,
 * `-` and `_` that starts with a letter and holds no run of 8 or more digits (so a BSN used as a
 * key is never echoed). Field names of the case file always pass; a free-form key may not.
 *
 * @param name - A key of the input.
 * @returns `true` when the name can be shown as is.
 * @example
 * ```ts
 * isSafeName('diagnose'); // true
 * isSafeName('123456782'); // false
 * isSafeName('een lange zin met spaties'); // false
 * ```
 * @category Issues
 */
export function isSafeName(name: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(name) && !/\d{8}/.test(name);
}
