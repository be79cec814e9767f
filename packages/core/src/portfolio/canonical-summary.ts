import type { RuleOptions } from '../types.js';
import { type CountTree, canonicalTree, compareKeys, setOwn } from './plain-tree.js';
import type { PortfolioSettings } from './portfolio-settings.js';
import { emptySlice, type PortfolioSlice } from './portfolio-slice.js';
import type { PortfolioSummary } from './portfolio-summary.js';

/**
 * The shape of every slice: dense records with their keys, sparse records empty.
 *
 * @internal
 */
export const SLICE_SHAPE: CountTree = /* @__PURE__ */ emptySlice() as unknown as CountTree;

/**
 * A slice with its keys in canonical order (a new object).
 *
 * @internal
 */
export function canonicalSlice(slice: PortfolioSlice): PortfolioSlice {
  return canonicalTree(slice as unknown as CountTree, SLICE_SHAPE) as unknown as PortfolioSlice;
}

/** Plain data with the keys of every object sorted, for comparing settings. */
function sortedData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedData);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort())
    setOwn(out, key, sortedData((value as Record<string, unknown>)[key]));
  return out;
}

/**
 * A copy of settings in canonical form (rule options with sorted keys).
 *
 * @internal
 */
export function canonicalSettings(settings: PortfolioSettings): PortfolioSettings {
  return {
    asOf: settings.asOf,
    window: settings.window,
    groupBy: settings.groupBy === null ? null : [...settings.groupBy],
    rules: sortedData(settings.rules) as RuleOptions,
  };
}

/** Sparse records of slices (months, group values) as objects with sorted keys. */
function sliceRecord(entries: Iterable<[string, PortfolioSlice]>): Record<string, PortfolioSlice> {
  const list = [...entries].sort((a, b) => compareKeys(a[0], b[0]));
  const out: Record<string, PortfolioSlice> = {};
  for (const [key, slice] of list) setOwn(out, key, canonicalSlice(slice));
  return out;
}

/**
 * A summary in canonical form: dense records in table order, sparse ones in key order, so that
 * equal summaries serialise to equal JSON whatever the order their cases came in.
 *
 * @internal
 */
export function canonicalSummary(parts: {
  settings: PortfolioSettings;
  invalid: number;
  total: PortfolioSlice;
  byMonth: Iterable<[string, PortfolioSlice]>;
  byGroup: Iterable<[string, Iterable<[string, PortfolioSlice]>]>;
}): PortfolioSummary {
  const byGroup: Record<string, Record<string, PortfolioSlice>> = {};
  for (const [key, values] of [...parts.byGroup].sort((a, b) => compareKeys(a[0], b[0])))
    setOwn(byGroup, key, sliceRecord(values));
  return {
    kind: 'poortwachter/portfolio-summary',
    version: 1,
    settings: canonicalSettings(parts.settings),
    invalid: parts.invalid,
    total: canonicalSlice(parts.total),
    byMonth: sliceRecord(parts.byMonth),
    byGroup,
  };
}
