/**
 * The value at a path inside a content object, or `undefined` when any step is missing.
 *
 * @param value - The object to read.
 * @param path - The keys and indexes to follow.
 * @returns The value found.
 * @example
 * ```ts
 * valueAt({ a: [{ b: 1 }] }, ['a', 0, 'b']); // 1
 * valueAt({}, ['a', 'b']); // undefined
 * ```
 * @category Completeness
 */
export function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let node = value;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}
