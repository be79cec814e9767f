import { toDayNumber, toIsoDate } from '../calendar/day-number.js';
import { formatDay } from '../calendar/format-day.js';
import type { CaseFindingCode } from '../findings/case-finding-rules.js';
import type { FindingCode } from '../findings/finding-codes.js';
import type { Spoor2FindingRule } from '../spoor2/spoor2-finding-rule.js';
import { SPOOR2_FINDING_RULES } from '../spoor2/spoor2-finding-rules.js';
import { pointDay } from '../spoor2/spoor2-findings.js';
import type { Spoor2View } from '../spoor2/spoor2-view.js';
import type { Actor, Finding, Milestone } from '../types.js';
import { CASE_FINDING_ACTORS } from './case-finding-actors.js';
import { SPOOR2_ACTIONS, type Spoor2Action, type Spoor2ActionCode } from './spoor2-actions.js';
import type { WorkItem } from './work-item.js';

/**
 * What a case's work items are made from.
 *
 * @internal
 */
export interface WorkItemSource {
  ref: string;
  index: number;
  asOf: number;
  window: number;
  milestones: readonly Milestone[];
  findings: readonly Finding<FindingCode>[];
  view: Spoor2View | null;
}

/**
 * Whether a finding asks for an action by a date, and which: a milestone finding
 * `<id>/overdue` or `<id>/due-soon`, a missing decision `<id>/no-decision` (the `error`; the
 * `warning` is a decision recorded late), and a case finding with a due date (the report at the
 * end of employment) while that date lies within the window. Every other finding records what
 * happened (late steps, gaps, warnings) and asks for no dated action.
 */
function workStatus(
  f: Finding<FindingCode>,
  asOf: number,
  window: number,
): WorkItem['status'] | null {
  if (f.milestone !== undefined) {
    if (f.code === `${f.milestone}/overdue`) return 'overdue';
    if (f.code === `${f.milestone}/no-decision`) return f.severity === 'error' ? 'overdue' : null;
    if (f.code === `${f.milestone}/due-soon`) return 'due-soon';
    return null;
  }
  if (f.due == null || !Object.hasOwn(CASE_FINDING_ACTORS, f.code)) return null;
  const due = toDayNumber(f.due);
  return due >= asOf && due <= asOf + window ? 'due-soon' : null;
}

type ActionRule = Spoor2FindingRule & { code: Spoor2ActionCode };

/** The day a spoor-2 action is due, or `null` when nothing is pending. */
function spoor2Due(
  view: Spoor2View,
  rule: Spoor2FindingRule,
): { from: number; due: number } | null {
  const { test } = rule;
  if (test.type === 'deadline') {
    const from = pointDay(view, test.from);
    if (from === null || pointDay(view, test.event) !== null) return null;
    return { from, due: from + view.options[test.limit] };
  }
  if (test.type === 'gaps') {
    if (view.closed !== null) return null;
    const points = test.points === 'entries' ? view.entries : view.reportingPoints;
    if (points.length === 0) return null;
    const last = points[points.length - 1]!;
    return { from: last, due: last + view.options[test.limit] * test.unitDays };
  }
  return null;
}

/** The spoor-2 items of a case: open actions due within the window, or overdue (then raised). */
function spoor2Items(src: WorkItemSource, view: Spoor2View): WorkItem[] {
  const items: WorkItem[] = [];
  const asOfIso = toIsoDate(src.asOf);
  for (const rule of SPOOR2_FINDING_RULES as readonly Spoor2FindingRule[]) {
    if (!Object.hasOwn(SPOOR2_ACTIONS, rule.code)) continue;
    const action: Spoor2Action = SPOOR2_ACTIONS[(rule as ActionRule).code];
    const pending = spoor2Due(view, rule);
    if (pending === null) continue;
    const date = toIsoDate(pending.due);
    const common = { ref: src.ref, index: src.index, date, actor: action.actor };
    if (pending.due < src.asOf) {
      // Overdue: checkCase raises the finding over the open stretch, up to the as-of date.
      const start = toIsoDate(pending.from);
      const f = src.findings.find(
        (x) => x.code === rule.code && x.period?.start === start && x.period.end === asOfIso,
      );
      if (f) items.push({ ...common, status: 'overdue', raised: true, ...f });
    } else if (pending.due <= src.asOf + src.window) {
      items.push({
        ...common,
        status: 'due-soon',
        raised: false,
        code: rule.code as FindingCode,
        severity: rule.kind === 'legal' ? 'warning' : 'info',
        due: date,
        message: {
          nl: action.dueSoon.nl.replace('{date}', formatDay(pending.due, 'nl')),
          en: action.dueSoon.en.replace('{date}', formatDay(pending.due, 'en')),
        },
        source: rule.source,
      });
    }
  }
  return items;
}

/**
 * The work items of one case ({@link portfolioWorkList}): every finding of `checkCase` that asks
 * for an action by a date, and every spoor-2 step due within the window.
 *
 * @param src - The case's computed timeline, findings and spoor-2 view.
 * @returns The items, unsorted.
 * @internal
 */
export function caseWorkItems(src: WorkItemSource): WorkItem[] {
  const items: WorkItem[] = [];
  let actors: Map<string, Actor> | null = null;
  for (const f of src.findings) {
    const status = workStatus(f, src.asOf, src.window);
    if (status === null || f.due == null) continue;
    let actor: WorkItem['actor'];
    if (f.milestone === undefined) actor = CASE_FINDING_ACTORS[f.code as CaseFindingCode];
    else {
      actors ??= new Map(src.milestones.map((m) => [m.id, m.actor]));
      actor = actors.get(f.milestone) ?? '—';
    }
    items.push({
      ref: src.ref,
      index: src.index,
      date: f.due,
      status,
      actor,
      raised: true,
      ...f,
    });
  }
  if (src.view !== null) items.push(...spoor2Items(src, src.view));
  return items;
}
