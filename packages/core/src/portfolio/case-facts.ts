import { toDayNumber } from '../calendar/day-number.js';
import { timelineFindings } from '../findings/check-case.js';
import type { FindingCode } from '../findings/finding-codes.js';
import { sickDaysUpTo } from '../periods/sick-day-date.js';
import { spoor2View } from '../spoor2/assess-spoor2.js';
import { currentSpoor2Phase, type Spoor2CurrentPhase } from '../spoor2/current-spoor2-phase.js';
import { type Spoor2Figures, spoor2Figures } from '../spoor2/spoor2-figures.js';
import { spoor2Findings } from '../spoor2/spoor2-findings.js';
import { SPOOR2_PHASES, type Spoor2PhaseId } from '../spoor2/spoor2-phases.js';
import { computeTimelineResult } from '../timeline/compute-timeline.js';
import { type CasePhase, phaseOf } from '../tracks/case-phase.js';
import { type Spoor2Status, tracksOf } from '../tracks/spoor2-status.js';
import type { Finding, Milestone } from '../types.js';
import { caseGroups } from './case-groups.js';
import { caseWorkItems } from './case-work-items.js';
import type { PortfolioCase } from './portfolio-case.js';
import type { PortfolioSettings } from './portfolio-settings.js';
import { type StartTiming, startTimingOf } from './start-timings.js';
import type { WorkItem } from './work-item.js';

/**
 * The start of spoor 2 of a case, counted against the rules.
 *
 * @internal
 */
export interface StartFacts {
  week: number;
  /** ⌈(start − latest start) ÷ 7⌉, or `null` when the latest start is not reached. */
  fromLatestStart: number | null;
  timing: StartTiming;
}

/**
 * The trajectory of a case as of the date.
 *
 * @internal
 */
export interface TrajectoryFacts {
  phase: Spoor2CurrentPhase;
  furthest: Spoor2PhaseId;
  figures: Spoor2Figures;
}

/**
 * Everything a portfolio counts about one valid case, computed once.
 *
 * @internal
 */
export interface CaseFacts {
  /** `YYYY-MM` of the first sick day of the latest chain. */
  month: string;
  groups: [string, string][];
  phase: CasePhase;
  tracks: Spoor2Status;
  milestones: readonly Milestone[];
  findings: readonly Finding<FindingCode>[];
  start: StartFacts | null;
  trajectory: TrajectoryFacts | null;
  /** The work items, when asked for. */
  work: WorkItem[] | null;
}

/**
 * Computes what a portfolio needs of one case with one timeline and one reading of the
 * trajectory: the same timeline, findings, phase, tracks and spoor-2 assessment as
 * `computeTimeline`, `checkCase`, `casePhase`, `spoor2Status` and `assessSpoor2` give with
 * `{ ...settings.rules, asOf, dueSoonDays: window }`.
 *
 * @param input - The case.
 * @param settings - The portfolio's settings.
 * @param work - The case's reference and index when its work items are wanted, else `null`.
 * @returns The facts.
 * @throws PoortwachterInputError when the case cannot be used.
 * @internal
 */
export function caseFacts(
  input: PortfolioCase,
  settings: PortfolioSettings,
  work: { ref: string; index: number } | null,
): CaseFacts {
  const result = computeTimelineResult(input, {
    ...settings.rules,
    asOf: settings.asOf,
    dueSoonDays: settings.window,
  });
  const view = spoor2View(input, { asOf: settings.asOf, spoor2: settings.rules.spoor2 });
  const findings = timelineFindings(result, view === null ? [] : spoor2Findings(view));
  const { ctx, timeline } = result;
  const tracks = tracksOf(result);

  let start: StartFacts | null = null;
  if (tracks.spoor2 === 'gestart' && tracks.since !== null) {
    const day = toDayNumber(tracks.since);
    const week = Math.ceil(sickDaysUpTo(ctx.chain, day) / 7);
    // The milestone completed by the start of spoor 2: found by its event, not by its id.
    const rule = result.rules.find((r) => r.event === 'start-spoor-2');
    const due = timeline.milestones.find((m) => m.ruleId === rule?.id)?.due ?? null;
    const latest = due === null ? null : toDayNumber(due);
    start = {
      week,
      fromLatestStart: latest === null ? null : Math.ceil((day - latest) / 7) + 0,
      timing: startTimingOf(week, day, latest),
    };
  }

  let trajectory: TrajectoryFacts | null = null;
  if (view !== null) {
    let furthest = -1;
    for (const p of view.phases) if (p.order > furthest) furthest = p.order;
    const phase = currentSpoor2Phase(view);
    trajectory = {
      phase,
      furthest:
        furthest >= 0
          ? SPOOR2_PHASES[furthest]!.id
          : view.intake === null
            ? 'aanmelding'
            : 'intake',
      figures: spoor2Figures(view),
    };
  }

  return {
    month: timeline.firstSickDay.slice(0, 7),
    groups: caseGroups(input.groups, settings.groupBy),
    phase: phaseOf(ctx).phase,
    tracks,
    milestones: timeline.milestones,
    findings,
    start,
    trajectory,
    work:
      work === null
        ? null
        : caseWorkItems({
            ...work,
            asOf: ctx.asOf,
            window: settings.window,
            milestones: timeline.milestones,
            findings,
            view,
          }),
  };
}
