/**
 * The value of a key in a map, created with `make` on first use.
 *
 * @param map - The map.
 * @param key - The key.
 * @param make - Makes the first value.
 * @returns The value.
 * @internal
 */
export function entryIn<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}
