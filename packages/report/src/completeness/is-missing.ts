/**
 * Whether a content value counts as missing: absent, `null`, a text of only white space, an empty
 * list, or an object whose values are all missing.
 *
 * @param value - A content value.
 * @returns `true` when nothing is filled in.
 * @example
 * ```ts
 * isMissing('  '); // true
 * isMissing([]); // true
 * isMissing({ limitations: [], possibilities: [] }); // true
 * isMissing('Wekelijks'); // false
 * ```
 * @category Completeness
 */
export function isMissing(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isMissing);
  return false;
}
