import { toIsoDate } from '../calendar/day-number.js';
import { firstWorkingDayOnOrAfter } from '../calendar/working-day-calendar.js';
import { AOW_WAGE_PERIOD } from '../eligibility/aow-wage-period.js';
import { sickDayDate } from '../periods/sick-day-date.js';
import type { Anchor } from '../rules/anchor.js';
import type { MilestoneRule } from '../rules/milestone-rule.js';
import { rulesFor } from '../rules/rules-for.js';
import type {
  CaseInput,
  ComputeOptions,
  LocalizedText,
  Milestone,
  Timeline,
  Warning,
} from '../types.js';
import {
  type CaseContext,
  createCaseContext,
  type DatedEvent,
  firstEvent,
} from './case-context.js';
import { evaluateAnchor, processDaysAfter } from './evaluate-anchor.js';
import { milestoneStatus } from './milestone-status.js';
import { verlengingDays, waitingPeriodLastDay } from './waiting-period.js';
import {
  aowAtStartWarning,
  aowDuringCaseWarning,
  aowUnknownWarning,
  rulesVersionWarning,
  shortVerlengingWarning,
} from './warnings.js';

/** Most evaluations generated for one chain (a guard; 104 weeks hold about 17). */
const MAX_EVALUATIONS = 200;
/** UWV practice: a vrijwillige verlenging of at least 13 weeks. */
const MIN_VERLENGING_WEEKS = 13;

interface Row {
  rule: MilestoneRule;
  id: string;
  label: LocalizedText;
  windowStart: number | null;
  due: number | null;
  event: DatedEvent | undefined;
  applies: boolean;
}

/** A computed timeline together with the context it was computed from (for findings). */
export interface TimelineResult {
  ctx: CaseContext;
  timeline: Timeline;
}

function anchorFor(
  rule: MilestoneRule,
  field: 'due' | 'windowStart',
  ctx: CaseContext,
): Anchor | undefined {
  for (const v of rule.variants ?? []) {
    if (ctx.options[v.option as keyof typeof ctx.options] === v.value && v[field]) return v[field];
  }
  return rule[field];
}

/**
 * Computes the timeline with its context. {@link computeTimeline} returns only the timeline.
 *
 * @throws PoortwachterInputError when the case cannot be computed.
 */
export function computeTimelineResult(
  input: CaseInput,
  options: ComputeOptions = {},
): TimelineResult {
  const ctx = createCaseContext(input, options);
  const { chain } = ctx;
  const d1 = toIsoDate(chain.firstSickDay);
  const { rules, older } = rulesFor(d1);
  const warnings: Warning[] = [];
  if (older) warnings.push(rulesVersionWarning(rules[0]!.validFrom));

  const verlenging = verlengingDays(ctx);
  const ext = { verlenging, lastDay: null as number | null };
  const roll = ctx.options.weekendDeadlines === 'roll-to-working-day';
  const dueOf = (rule: MilestoneRule): number | null => {
    const anchor = anchorFor(rule, 'due', ctx);
    const due = anchor ? evaluateAnchor(anchor, ctx, ext) : null;
    return roll && rule.rollsToWorkingDay && due !== null
      ? firstWorkingDayOnOrAfter(due, ctx.calendar)
      : due;
  };

  // The waiting period: AOW age at D1 shortens wage payment; otherwise 104 weeks plus extensions.
  const aowAtStart = ctx.aowDate !== null && ctx.aowDate <= chain.firstSickDay;
  if (aowAtStart) {
    const weeks = AOW_WAGE_PERIOD.find(
      (p) => (p.validFrom ?? '') <= d1 && (p.validTo === null || d1 < p.validTo),
    )!.weeks;
    ext.lastDay = sickDayDate(chain, 7 * weeks);
    warnings.push(aowAtStartWarning(weeks));
  } else {
    const wiaRule = rules.find((r) => r.id === 'wia-aanvraag');
    ext.lastDay = waitingPeriodLastDay(ctx, wiaRule ? dueOf(wiaRule) : null);
  }
  const lastDay = ext.lastDay;

  const aowDuring =
    !aowAtStart &&
    ctx.aowDate !== null &&
    ctx.aowDate <= (lastDay ?? chain.lastSickDay ?? Number.POSITIVE_INFINITY)
      ? ctx.aowDate
      : null;
  if (aowDuring !== null) warnings.push(aowDuringCaseWarning(aowDuring));
  if (ctx.aowUnknown) warnings.push(aowUnknownWarning);
  if (
    (ctx.events.get('vrijwillige-verlenging') ?? []).some(
      (e) => (e.event.weeks ?? 0) < MIN_VERLENGING_WEEKS,
    )
  )
    warnings.push(shortVerlengingWarning);

  const skipped =
    !firstEvent(ctx, 'start-spoor-2') && firstEvent(ctx, 'spoor-2-niet-nodig') !== undefined;
  const rows: Row[] = [];
  for (const rule of rules) {
    const applies =
      (!aowAtStart || rule.appliesAtAowAge) && !(rule.id === 'start-spoor-2' && skipped);
    if (rule.recurring) {
      rows.push(...evaluationRows(rule, ctx, rows, lastDay, applies));
      continue;
    }
    const windowAnchor = anchorFor(rule, 'windowStart', ctx);
    rows.push({
      rule,
      id: rule.id,
      label: rule.label,
      windowStart: windowAnchor ? evaluateAnchor(windowAnchor, ctx, ext) : null,
      due: dueOf(rule),
      event: rule.event ? firstEvent(ctx, rule.event) : undefined,
      applies,
    });
  }

  const milestones: Milestone[] = rows.map((row) => {
    const applies = row.applies && !(aowDuring !== null && row.due !== null && row.due > aowDuring);
    return {
      id: row.id,
      windowStart: row.windowStart === null ? null : toIsoDate(row.windowStart),
      due: row.due === null ? null : toIsoDate(row.due),
      status: milestoneStatus(
        {
          due: row.due,
          eventDay: row.event ? row.event.day : null,
          motivated: Boolean(row.event?.event.motivation?.trim()),
          kind: row.rule.kind,
          hasEvent: row.rule.event !== null,
          applies,
        },
        ctx.asOf,
        ctx.options.dueSoonDays,
      ),
      eventDate: row.event ? row.event.event.date : null,
      kind: row.rule.kind,
      actor: row.rule.actor,
      label: row.label,
      source: row.rule.source,
    };
  });

  return {
    ctx,
    timeline: {
      firstSickDay: d1,
      asOf: toIsoDate(ctx.asOf),
      milestones,
      waitingPeriod: {
        lastDay: lastDay === null ? null : toIsoDate(lastDay),
        firstDayAfter: lastDay === null ? null : toIsoDate(lastDay + 1),
      },
      warnings,
    },
  };
}

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
 * The recurring evaluations: each due `everySickDays` process days after the later of the
 * previous evaluation (recorded date, else its due date) and the plan van aanpak (recorded date,
 * else its due date); generated while the due date lies within the waiting period (at least one).
 */
function evaluationRows(
  rule: MilestoneRule,
  ctx: CaseContext,
  earlier: Row[],
  lastDay: number | null,
  applies: boolean,
): Row[] {
  const pva = earlier.find((r) => r.id === 'plan-van-aanpak');
  const pvaBase = pva ? (pva.event?.day ?? pva.due) : null;
  const recorded = rule.event ? (ctx.events.get(rule.event) ?? []) : [];
  const every = rule.recurring!.everySickDays;
  const rows: Row[] = [];
  let previous: number | null = null;
  for (let i = 0; i < MAX_EVALUATIONS; i++) {
    const base: number | null =
      previous === null ? pvaBase : pvaBase === null ? previous : Math.max(previous, pvaBase);
    const due: number | null = base === null ? null : processDaysAfter(ctx, base, every);
    if (i > 0 && (due === null || (lastDay !== null && due > lastDay))) break;
    const event = recorded[i];
    rows.push({
      rule,
      id: `${rule.id}-${i + 1}`,
      label: numberedLabel(rule, i + 1),
      windowStart: null,
      due,
      event,
      applies,
    });
    previous = event?.day ?? due;
    if (previous === null) break;
  }
  return rows;
}

/**
 * Computes the Wet verbetering poortwachter timeline of a case: every milestone of the rule
 * table with its window, due date, status as of `asOf` and recorded event, the waiting period
 * with all extensions, and warnings. The timeline is for the latest chain of sick periods
 * (samentelling). Pure: the same input gives the same output under any time zone.
 *
 * @param input - The case: sick periods (required), leave periods, events, employee, options.
 * @param options - Rule options (override the case file's) and `asOf` (default: today in Amsterdam).
 * @returns The timeline, serialisable as contract.md §2.
 * @throws PoortwachterInputError when the case cannot be computed (impossible dates, overlap, …).
 * @see poortwachter-rules.md §0–§3 and §6; contract.md §2–§3
 * @example
 * ```ts
 * const t = computeTimeline({ sickPeriods: [{ start: '2025-01-06' }] }, { asOf: '2025-02-01' });
 * t.milestones.find((m) => m.id === 'probleemanalyse')?.due; // '2025-02-16' (D1 + 41)
 * t.waitingPeriod.lastDay; // '2027-01-03' (D1 + 727)
 * ```
 * @category Timeline
 */
export function computeTimeline(input: CaseInput, options: ComputeOptions = {}): Timeline {
  return computeTimelineResult(input, options).timeline;
}
