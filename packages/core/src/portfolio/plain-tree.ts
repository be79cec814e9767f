/**
 * Helpers for the plain-data trees of a portfolio summary: records of counts, nested. A record
 * with keys in the shape (the empty slice) is dense; an empty record in the shape is sparse (its
 * keys are codes, weeks, months, group values) and its values are counts.
 *
 * @module
 * @internal
 */

/**
 * A tree of counts.
 *
 * @internal
 */
export interface CountTree {
  [key: string]: number | CountTree;
}

/**
 * Reads an own property, `undefined` when absent (never one of `Object.prototype`).
 *
 * @internal
 */
export function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Sets an own property (also for a key such as `__proto__`).
 *
 * @internal
 */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

const INTEGER = /^-?(0|[1-9][0-9]*)$/;

/**
 * The canonical order of the keys of a sparse record: whole numbers by value, then the other
 * keys by code point. (A JavaScript object lists its array-index keys first whatever the
 * insertion order; inserting in this order makes every serialisation of equal records equal.)
 *
 * @internal
 */
export function compareKeys(a: string, b: string): number {
  const ia = INTEGER.test(a);
  const ib = INTEGER.test(b);
  if (ia && ib) return Number(a) - Number(b);
  if (ia !== ib) return ia ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Adds every count of `source` into `target` (same shape; sparse keys are united).
 *
 * @internal
 */
export function addTree(target: CountTree, source: CountTree): void {
  for (const key of Object.keys(source)) {
    const value = source[key]!;
    const current = own(target, key);
    if (typeof value === 'number') {
      if (current !== undefined && typeof current !== 'number')
        throw new TypeError(`not a count: ${key}`);
      setOwn(target, key, (current ?? 0) + value);
    } else if (current === undefined) {
      const copy: CountTree = {};
      addTree(copy, value);
      setOwn(target, key, copy);
    } else {
      if (typeof current === 'number') throw new TypeError(`not a record: ${key}`);
      addTree(current, value);
    }
  }
}

/**
 * A copy of `node` with its keys in canonical order: dense records in the order of `shape`,
 * sparse records (an empty record in `shape`) by {@link compareKeys}.
 *
 * @internal
 */
export function canonicalTree(node: CountTree, shape: CountTree): CountTree {
  const out: CountTree = {};
  const keys = Object.keys(shape);
  if (keys.length === 0) {
    for (const key of Object.keys(node).sort(compareKeys)) setOwn(out, key, node[key]!);
    return out;
  }
  for (const key of keys) {
    const value = own(node, key) ?? shape[key]!;
    const inner = shape[key]!;
    setOwn(
      out,
      key,
      typeof value === 'number' || typeof inner === 'number' ? value : canonicalTree(value, inner),
    );
  }
  return out;
}
