import { SLICE_SHAPE } from './canonical-summary.js';
import { type CountTree, compareKeys, setOwn } from './plain-tree.js';
import type { PortfolioSlice } from './portfolio-slice.js';

/**
 * A slice while it is being counted: every dense count at a fixed index of one array; every
 * sparse record (codes, weeks) an array indexed by the slot of its key ({@link sparseSlot}).
 * Adding a case is then a few array increments, whatever the number of slices it counts in.
 *
 * @internal
 */
export interface SliceCounter {
  dense: Float64Array;
  sparse: Float64Array[];
}

/**
 * Where a cell of a slice is counted: a dense index, or a sparse record and the slot of a key.
 *
 * @internal
 */
export type CellTarget = { dense: number } | { sparse: number; slot: number };

/** Where every count of the shape is kept, and the slots of the sparse records' keys. */
interface Layout {
  denseIds: Map<string, number>;
  sparseIds: Map<string, number>;
  /** Per sparse record, the slot of every key seen so far, and the keys by slot. */
  slots: Map<string, number>[];
  slotKeys: string[][];
}

let shared: Layout | undefined;

/**
 * The layout of {@link SLICE_SHAPE}, built on first use (an app that never counts a portfolio
 * never builds it) and shared by every counter.
 */
function sliceLayout(): Layout {
  if (shared === undefined) {
    shared = { denseIds: new Map(), sparseIds: new Map(), slots: [], slotKeys: [] };
    layout(shared, SLICE_SHAPE, []);
  }
  return shared;
}

/** Gives every count of the shape an index and every sparse record an id, in shape order. */
function layout(into: Layout, node: CountTree, path: string[]): void {
  for (const key of Object.keys(node)) {
    const child = node[key]!;
    const at = [...path, key];
    if (typeof child === 'number') into.denseIds.set(JSON.stringify(at), into.denseIds.size);
    else if (Object.keys(child).length === 0) {
      into.sparseIds.set(JSON.stringify(at), into.sparseIds.size);
      into.slots.push(new Map());
      into.slotKeys.push([]);
    } else layout(into, child, at);
  }
}

/**
 * The index of a dense count.
 *
 * @param path - The keys from the top of a slice.
 * @returns Its index.
 * @throws RangeError when the path is no dense count (a programming error).
 * @internal
 */
export function denseIndex(path: readonly string[]): number {
  const id = sliceLayout().denseIds.get(JSON.stringify(path));
  if (id === undefined) throw new RangeError(`not a count of a slice: ${path.join('.')}`);
  return id;
}

/**
 * The indexes of the counts of a dense record, by key.
 *
 * @param path - The record's keys from the top of a slice.
 * @param keys - Its keys.
 * @returns Index by key.
 * @internal
 */
export function denseIndexes<K extends string>(
  path: readonly string[],
  keys: readonly K[],
): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = denseIndex([...path, k]);
  return out;
}

/**
 * The id of a sparse record.
 *
 * @param path - The record's keys from the top of a slice.
 * @returns Its id.
 * @throws RangeError when the path is no sparse record (a programming error).
 * @internal
 */
export function sparseIndex(path: readonly string[]): number {
  const id = sliceLayout().sparseIds.get(JSON.stringify(path));
  if (id === undefined) throw new RangeError(`not a sparse record of a slice: ${path.join('.')}`);
  return id;
}

/**
 * The slot of a key of a sparse record: keys are codes and whole weeks, a bounded set, so each
 * is given a slot once, for all counters.
 *
 * @param id - The sparse record.
 * @param key - The key.
 * @returns Its slot.
 * @internal
 */
export function sparseSlot(id: number, key: string): number {
  const { slots, slotKeys } = sliceLayout();
  const map = slots[id]!;
  let slot = map.get(key);
  if (slot === undefined) {
    slot = map.size;
    map.set(key, slot);
    slotKeys[id]!.push(key);
  }
  return slot;
}

/**
 * Where a cell (a path checked against the shape) is counted.
 *
 * @param rest - The path within a slice.
 * @returns The dense index, or the sparse id and key.
 * @internal
 */
export function cellTarget(rest: readonly string[]): CellTarget {
  const dense = sliceLayout().denseIds.get(JSON.stringify(rest));
  if (dense !== undefined) return { dense };
  const sparse = sparseIndex(rest.slice(0, -1));
  return { sparse, slot: sparseSlot(sparse, rest[rest.length - 1]!) };
}

/**
 * A counter of no cases.
 *
 * @returns The counter.
 * @internal
 */
export function newCounter(): SliceCounter {
  const { denseIds, sparseIds } = sliceLayout();
  return {
    dense: new Float64Array(denseIds.size),
    sparse: Array.from({ length: sparseIds.size }, () => new Float64Array(16)),
  };
}

/** Builds the plain slice of a counter, walking the shape in the order of `layout`. */
function build(
  node: CountTree,
  c: SliceCounter,
  next: { dense: number; sparse: number },
): CountTree {
  const out: CountTree = {};
  for (const key of Object.keys(node)) {
    const child = node[key]!;
    if (typeof child === 'number') setOwn(out, key, c.dense[next.dense++]!);
    else if (Object.keys(child).length === 0) {
      const id = next.sparse++;
      const counts = c.sparse[id]!;
      const keys = sliceLayout().slotKeys[id]!;
      const present: [string, number][] = [];
      for (let slot = 0; slot < keys.length && slot < counts.length; slot++)
        if (counts[slot] !== 0) present.push([keys[slot]!, counts[slot]!]);
      const record: CountTree = {};
      for (const [k, n] of present.sort((a, b) => compareKeys(a[0], b[0]))) setOwn(record, k, n);
      setOwn(out, key, record);
    } else setOwn(out, key, build(child, c, next));
  }
  return out;
}

/**
 * Adds to the count of a slot of a sparse record, growing the record's array when needed.
 *
 * @param c - The counter.
 * @param id - The sparse record.
 * @param slot - The key's slot.
 * @param amount - What to add.
 * @internal
 */
export function addSparse(c: SliceCounter, id: number, slot: number, amount: number): void {
  let counts = c.sparse[id]!;
  if (slot >= counts.length) {
    const grown = new Float64Array(Math.max(slot + 1, counts.length * 2));
    grown.set(counts);
    c.sparse[id] = counts = grown;
  }
  counts[slot]! += amount;
}

/**
 * The plain slice of a counter, in canonical key order.
 *
 * @param c - The counter.
 * @returns A new slice.
 * @internal
 */
export function counterToSlice(c: SliceCounter): PortfolioSlice {
  return build(SLICE_SHAPE, c, { dense: 0, sparse: 0 }) as unknown as PortfolioSlice;
}
