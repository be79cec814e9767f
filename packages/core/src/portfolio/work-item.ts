import type { FindingCode } from '../findings/finding-codes.js';
import type { Finding, IsoDate, Severity } from '../types.js';
import type { WorkActor } from './spoor2-actions.js';

/**
 * One item of a portfolio's work list: a finding of `checkCase` that asks for an action by a
 * date (or, for a spoor-2 step not yet late, the finding it will become), with the case it
 * belongs to. `raised` says whether `checkCase` raises it as of the work list's date (with
 * `dueSoonDays` set to the window); then the item is that finding plus the fields below.
 *
 * @example
 * ```ts
 * const item: WorkItem = portfolioWorkList(cases, { asOf: '2025-09-01' }).items[0]!;
 * console.log(item.date, item.ref, item.actor, item.message.nl);
 * ```
 * @category Portfolio
 */
export interface WorkItem extends Finding<FindingCode> {
  /** The case: its `externalRef`, else `#` and its index. */
  ref: string;
  /** The case's index in the portfolio (0-based, from `firstIndex`). */
  index: number;
  /** The day by which the action is due. */
  date: IsoDate;
  /** `overdue`: the date has passed; `due-soon`: it lies within the window. */
  status: 'overdue' | 'due-soon';
  actor: WorkActor;
  /** Whether `checkCase` raises this finding as of the work list's date. */
  raised: boolean;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The order of a work list: by date, then severity (errors first), then case index, then code.
 * A total order on the items of a portfolio, so a merged list does not depend on the order of
 * its parts.
 *
 * @param a - An item.
 * @param b - Another item.
 * @returns Negative when `a` comes first.
 * @example
 * ```ts
 * const items = portfolioWorkList(cases, { asOf: '2025-09-01' }).items;
 * [...items].sort(compareWorkItems); // already in this order
 * ```
 * @category Portfolio
 */
export function compareWorkItems(a: WorkItem, b: WorkItem): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const bySeverity = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (bySeverity !== 0) return bySeverity;
  if (a.index !== b.index) return a.index - b.index;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}
