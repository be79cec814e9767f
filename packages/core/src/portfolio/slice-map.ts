import { emptySlice, type PortfolioSlice } from './portfolio-slice.js';

/**
 * The slice of a key in a map of slices, created empty on first use.
 *
 * @param map - Slices by month or group value.
 * @param key - The key.
 * @returns The slice.
 * @internal
 */
export function sliceIn<K>(map: Map<K, PortfolioSlice>, key: K): PortfolioSlice {
  let slice = map.get(key);
  if (slice === undefined) {
    slice = emptySlice();
    map.set(key, slice);
  }
  return slice;
}

/**
 * The map of slices of a group key, created empty on first use.
 *
 * @param map - Maps of slices by group key.
 * @param key - The group key.
 * @returns The map of its values' slices.
 * @internal
 */
export function groupIn(
  map: Map<string, Map<string, PortfolioSlice>>,
  key: string,
): Map<string, PortfolioSlice> {
  let values = map.get(key);
  if (values === undefined) {
    values = new Map();
    map.set(key, values);
  }
  return values;
}
