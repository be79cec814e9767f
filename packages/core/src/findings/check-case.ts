import { toDayNumber } from '../calendar/day-number.js';
import { formatDay } from '../calendar/format-day.js';
import { type CaseContext, firstEvent } from '../case/case-context.js';
import { SPOOR2_SKIP_GROUNDS } from '../case/spoor2-skip-grounds.js';
import { rivKindOf } from '../eligibility/riv-kind.js';
import type { MilestoneRule } from '../rules/milestone-rule.js';
import { assessSpoor2 } from '../spoor2/assess-spoor2.js';
import { computeTimelineResult, type TimelineResult } from '../timeline/compute-timeline.js';
import type { CaseInput, ComputeOptions, Finding, Timeline } from '../types.js';
import {
  CASE_FINDING_RULES,
  type CaseFindingCode,
  type CaseFindingParams,
} from './case-finding-rules.js';
import { gapsOver } from './evaluation-gaps.js';
import type { FindingCode } from './finding-codes.js';
import { milestoneFinding } from './milestone-finding.js';
import { WARNING_RULES } from './warning-rules.js';

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const caseFinding = (
  code: CaseFindingCode,
  params: CaseFindingParams,
  extra: Partial<Finding<FindingCode>>,
): Finding<FindingCode> => ({
  code,
  severity: CASE_FINDING_RULES[code].severity,
  ...extra,
  message: CASE_FINDING_RULES[code].message(params),
  source: CASE_FINDING_RULES[code].source,
});

/** `<recurring>/gap`: recorded steps of a series (the plan, then each evaluation) too far apart. */
function seriesGaps(ctx: CaseContext, rules: readonly MilestoneRule[]): Finding<FindingCode>[] {
  const out: Finding<FindingCode>[] = [];
  for (const rule of rules) {
    const anchor = rule.due;
    if (anchor.type !== 'recurring' || rule.event === null) continue;
    const after = rules.find((r) => r.id === anchor.after);
    const first = after?.event ? firstEvent(ctx, after.event) : undefined;
    const steps = [...(first ? [first] : []), ...(ctx.events.get(rule.event) ?? [])].map(
      (e, index) => ({
        day: e.day,
        index,
      }),
    );
    const calendar = ctx.options.processDeadlines === 'calendar';
    for (const gap of gapsOver(ctx.chain, calendar, steps, anchor.every)) {
      const [f, t] = [toDayNumber(gap.from), toDayNumber(gap.to)];
      const unit = calendar ? { nl: 'dagen', en: 'days' } : { nl: 'ziektedagen', en: 'sick days' };
      out.push({
        code: `${rule.id}/gap` as FindingCode,
        severity: 'warning',
        milestone: rule.id,
        due: null,
        eventDate: gap.to,
        message: {
          nl: `Tussen ${formatDay(f, 'nl')} en ${formatDay(t, 'nl')} liggen ${gap.days} ${unit.nl}; ${lower(rule.subject.nl)} moet ten minste elke ${gap.limit} ${unit.nl} plaatsvinden.`,
          en: `${gap.days} ${unit.en} passed between ${formatDay(f, 'en')} and ${formatDay(t, 'en')}; ${lower(rule.subject.en)} must take place at least every ${gap.limit} ${unit.en}.`,
        },
        source: rule.source,
      });
    }
  }
  return out;
}

/** A skip ground that needs the AOW date within a year after the waiting period, when it is not. */
function skipGroundFindings(ctx: CaseContext, timeline: Timeline): Finding<FindingCode>[] {
  const out: Finding<FindingCode>[] = [];
  const lastDay =
    timeline.waitingPeriod.lastDay === null ? null : toDayNumber(timeline.waitingPeriod.lastDay);
  for (const skip of ctx.events.get('spoor-2-niet-nodig') ?? []) {
    const ground = SPOOR2_SKIP_GROUNDS.find((g) => g.ground === skip.event.ground);
    const within =
      ground && 'aowWithinDaysAfterWaitingPeriod' in ground
        ? ground.aowWithinDaysAfterWaitingPeriod
        : null;
    if (within === null) continue;
    if (ctx.aowDate !== null && lastDay !== null && ctx.aowDate <= lastDay + within) continue;
    out.push(
      caseFinding('spoor-2-niet-nodig/aow-ground', {}, { due: null, eventDate: skip.event.date }),
    );
  }
  return out;
}

/** The RIV required at the end of employment, as an `info` finding. */
function endOfEmploymentFinding(ctx: CaseContext): Finding<FindingCode>[] {
  const riv = rivKindOf(ctx);
  if (!riv) return [];
  return [
    caseFinding(
      `einde-dienstverband/riv-${riv.kind}`,
      { to: toDayNumber(riv.lastDayOfEmployment), days: riv.sickDays },
      { due: riv.lastDayOfEmployment, eventDate: riv.lastDayOfEmployment },
    ),
  ];
}

/**
 * Checks a case as of a date and returns its compliance findings, sorted by due date (findings
 * without one last): one per milestone that needs attention (`<milestone>/<status>`), a missing
 * or late decision on spoor 2 (`start-spoor-2/no-decision`, in the place of
 * `start-spoor-2/overdue`), evaluation gaps (`evaluatie/gap`), a skip ground that cannot hold,
 * the RIV due at the end of employment, and the timeline's warnings (`rules/version`,
 * `aow/during-case`, …), and the findings of the spoor-2 trajectory (`spoor-2/…`, see
 * `assessSpoor2`). After full recovery no milestone gives a finding. Findings are plain
 * data, never thrown; `code` is a closed union ({@link FindingCode}).
 *
 * @param input - The case.
 * @param options - Rule options and `asOf` (default: today in Amsterdam).
 * @returns The findings ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#4-findings | docs/contract.md, "Findings"}).
 * @throws PoortwachterInputError when the case or the options cannot be used.
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#3-statuses | docs/contract.md ("Statuses", "Findings")}; {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#4-findings | docs/rules.md ("Findings")}
 * @example
 * ```ts
 * const findings = checkCase({ sickPeriods: [{ start: '2025-01-06' }] }, { asOf: '2025-03-01' });
 * findings[0]?.code; // 'ziekmelding-bedrijfsarts/overdue'
 * findings.some((f) => f.code === 'probleemanalyse/overdue' && f.severity === 'error'); // true
 * ```
 * @category Findings
 */
export function checkCase(input: CaseInput, options: ComputeOptions = {}): Finding<FindingCode>[] {
  const result = computeTimelineResult(input, options);
  const spoor2 = assessSpoor2(input, { asOf: result.timeline.asOf, spoor2: options.spoor2 });
  return timelineFindings(result, spoor2?.findings ?? []);
}

/**
 * The findings of {@link checkCase} from a computed timeline and the trajectory's spoor-2
 * findings, so that a caller who needs the timeline too computes it once (the portfolio).
 *
 * @param result - The timeline with its context and rows ({@link computeTimelineResult}).
 * @param spoor2Findings - The findings of the case's spoor-2 assessment (none without one).
 * @returns The findings, sorted as {@link checkCase} sorts them.
 * @internal
 */
export function timelineFindings(
  { ctx, timeline, rules }: TimelineResult,
  spoor2Findings: readonly Finding<FindingCode>[],
): Finding<FindingCode>[] {
  const byId = new Map<string, MilestoneRule>(rules.map((r) => [r.id, r]));
  const findings: Finding<FindingCode>[] = [];
  for (const m of timeline.milestones) {
    const rule = byId.get(m.ruleId)!;
    const skip = rule.skipEvent ? (firstEvent(ctx, rule.skipEvent)?.event.date ?? null) : null;
    const f = milestoneFinding(m, rule, { asOf: timeline.asOf, skip });
    if (f) findings.push(f);
  }
  findings.push(
    ...seriesGaps(ctx, rules),
    ...skipGroundFindings(ctx, timeline),
    ...endOfEmploymentFinding(ctx),
    ...spoor2Findings,
  );
  for (const w of timeline.warnings)
    findings.push({
      code: w.code,
      severity: WARNING_RULES[w.code].severity,
      due: null,
      eventDate: null,
      message: w.message,
      source: WARNING_RULES[w.code].source,
    });
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => {
      const da = a.f.due ?? '9999-99-99';
      const db = b.f.due ?? '9999-99-99';
      return da < db ? -1 : da > db ? 1 : a.i - b.i;
    })
    .map((x) => x.f);
}
