import type { CaseContext } from '../case/case-context.js';
import type { MilestoneRule } from '../rules/milestone-rule.js';
import type { MilestoneId } from '../rules/milestone-rules.js';
import type { LocalizedText } from '../types.js';
import { processDaysAfter } from './process-days.js';
import type { TimelineRow } from './timeline-row.js';

/** Most milestones generated for one recurring row (a guard; 104 weeks hold about 17). */
const MAX_OCCURRENCES = 200;

const numberedLabels = new WeakMap<MilestoneRule, LocalizedText[]>();

/** The label of the n-th recurring milestone ("Evaluatie plan van aanpak 3"), shared between timelines. */
function numberedLabel(rule: MilestoneRule, n: number): LocalizedText {
  let labels = numberedLabels.get(rule);
  if (!labels) {
    labels = [];
    numberedLabels.set(rule, labels);
  }
  labels[n] ??= { nl: `${rule.label.nl} ${n}`, en: `${rule.label.en} ${n}` };
  return labels[n];
}

/**
 * Expands a recurring rule row (`evaluatie`) into its milestones `<id>-1`, `<id>-2`, …: each due
 * `every` process days after the later of the previous one (recorded date, else its due date)
 * and the row named by the anchor's `after` (recorded date, else its due date); generated while
 * the due date lies within the waiting period (at least one). Recorded events are matched to the
 * milestones in date order.
 *
 * @param rule - A row whose `due` anchor is `recurring`.
 * @param ctx - The case context.
 * @param after - The row the series starts after (the plan van aanpak), if computed.
 * @param lastDay - The last day of the waiting period (`null` when not reached).
 * @returns The rows of the series.
 */
export function expandRecurring(
  rule: MilestoneRule,
  ctx: CaseContext,
  after: TimelineRow | undefined,
  lastDay: number | null,
): TimelineRow[] {
  const anchor = rule.due;
  if (anchor.type !== 'recurring' || after === undefined) return [];
  const recorded = rule.event ? (ctx.events.get(rule.event) ?? []) : [];
  const rows: TimelineRow[] = [];
  let previous: TimelineRow | undefined;
  for (let i = 0; i < MAX_OCCURRENCES; i++) {
    // Counted from the later of the previous milestone and the one the series starts after.
    let fromRow = after;
    if (previous) {
      const p = dayOf(previous);
      const a = dayOf(after);
      if (p !== null && (a === null || p >= a)) fromRow = previous;
    }
    const from = dayOf(fromRow);
    const due = from === null ? null : processDaysAfter(ctx, from, anchor.every);
    if (i > 0 && (due === null || (lastDay !== null && due > lastDay))) break;
    const occurrence = i + 1;
    const row: TimelineRow = {
      rule,
      id: `${rule.id}-${occurrence}` as MilestoneId,
      occurrence,
      label: numberedLabel(rule, occurrence),
      due,
      unrolledDue: due,
      windowStart: null,
      variant: null,
      windowVariant: null,
      event: recorded[i],
      afterRow: fromRow,
      afterDay: from,
    };
    rows.push(row);
    previous = row;
    if (dayOf(row) === null) break;
  }
  return rows;
}

/** The date a row counts from: its recorded event, else its due date. */
function dayOf(row: TimelineRow): number | null {
  return row.event?.day ?? row.due;
}
