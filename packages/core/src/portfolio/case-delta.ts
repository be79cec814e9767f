import {
  SPOOR2_ACTIVITY_MODES,
  SPOOR2_OUTCOME_KINDS,
  type Spoor2OutcomeKind,
} from '../spoor2/spoor2-values.js';
import { APPLICATIONS_PER_WEEK_BINS, applicationsBinOf } from './applications-per-week-bins.js';
import type { CaseFacts } from './case-facts.js';
import {
  CASE_PHASES,
  MILESTONE_STATUSES,
  RULE_IDS,
  SEVERITIES,
  SKIP_GROUNDS,
  SPOOR1_STATES,
  SPOOR2_CURRENT_PHASES,
  SPOOR2_OUTCOME_CATEGORIES,
  SPOOR2_PHASE_IDS,
  SPOOR2_STATES,
  type Spoor2OutcomeCategory,
} from './slice-keys.js';
import {
  addSparse,
  type CellTarget,
  denseIndex,
  denseIndexes,
  type SliceCounter,
  sparseIndex,
  sparseSlot,
} from './slice-layout.js';
import { START_TIMINGS } from './start-timings.js';
import { TIMELINESS_BY_STATUS, TIMELINESS_MEASURES } from './timeliness-measures.js';

/**
 * What one case adds to every slice it counts in: dense counts as (index, amount) pairs and
 * sparse counts as (record, key, amount) triples. Every cell of a slice is the sum of the
 * deltas of its cases, so the order of cases never matters.
 *
 * @internal
 */
export interface CaseDelta {
  /** (index, amount) pairs. */
  dense: number[];
  /** (record, slot, amount) triples. */
  sparse: number[];
}

/**
 * The index of every count a case can add to, and per (rule, status) the status count and the
 * timeliness count (or -1): looked up once, on first use, so that an app that never counts a
 * portfolio never builds them.
 */
function buildTables() {
  const TIMINGS = START_TIMINGS.map((t) => t.id);
  const BINS = APPLICATIONS_PER_WEEK_BINS.map((b) => b.id);
  const I = {
    cases: denseIndex(['cases']),
    phases: denseIndexes(['phases'], CASE_PHASES),
    spoor1: denseIndexes(['spoor1'], SPOOR1_STATES),
    spoor2Status: denseIndexes(['spoor2Status'], SPOOR2_STATES),
    skipGrounds: denseIndexes(['skipGrounds'], SKIP_GROUNDS) as Record<string, number>,
    bySeverity: denseIndexes(['findings', 'bySeverity'], SEVERITIES),
    byCode: sparseIndex(['findings', 'byCode']),
    casesByCode: sparseIndex(['findings', 'casesByCode']),
    startWeek: sparseIndex(['spoor2', 'startWeek']),
    weeksFromLatestStart: sparseIndex(['spoor2', 'weeksFromLatestStart']),
    startTiming: denseIndexes(['spoor2', 'startTiming'], TIMINGS),
    trajectories: denseIndex(['spoor2', 'trajectories']),
    phase: denseIndexes(['spoor2', 'phase'], SPOOR2_CURRENT_PHASES),
    furthestPhase: denseIndexes(['spoor2', 'furthestPhase'], SPOOR2_PHASE_IDS),
    durationWeeks: sparseIndex(['spoor2', 'durationWeeks']),
    rateTrajectories: denseIndex(['spoor2', 'applicationsPerWeek', 'trajectories']),
    rateSum: denseIndex(['spoor2', 'applicationsPerWeek', 'sumHundredths']),
    rateBins: denseIndexes(['spoor2', 'applicationsPerWeek', 'bins'], BINS),
    hoursTotal: denseIndex(['spoor2', 'hours', 'totalHundredths']),
    hoursByMode: denseIndexes(['spoor2', 'hours', 'byModeHundredths'], SPOOR2_ACTIVITY_MODES),
    withHours: denseIndex(['spoor2', 'hours', 'trajectoriesWithHours']),
    withOnline: denseIndex(['spoor2', 'hours', 'trajectoriesWithOnline']),
    outcomes: denseIndexes(['spoor2', 'outcomes'], SPOOR2_OUTCOME_CATEGORIES),
    weeksToOutcome: Object.fromEntries(
      SPOOR2_OUTCOME_KINDS.map((k) => [k, sparseIndex(['spoor2', 'weeksToOutcome', k])]),
    ) as Record<Spoor2OutcomeKind, number>,
    outcomeByStartTiming: Object.fromEntries(
      [...TIMINGS, 'unknown'].map((t) => [
        t,
        denseIndexes(['spoor2', 'outcomeByStartTiming', t], SPOOR2_OUTCOME_CATEGORIES),
      ]),
    ) as Record<string, Record<Spoor2OutcomeCategory, number>>,
  };
  const RULE_AT = new Map<string, number>(RULE_IDS.map((r, i) => [r, i]));
  const STATUS_AT = new Map<string, number>(MILESTONE_STATUSES.map((s, i) => [s, i]));
  const MILESTONE_CELLS = new Int32Array(RULE_IDS.length * MILESTONE_STATUSES.length * 2);
  for (const [r, rule] of RULE_IDS.entries()) {
    const measure = TIMELINESS_MEASURES.find((m) => m.rule === rule)?.id;
    for (const [s, status] of MILESTONE_STATUSES.entries()) {
      const at = (r * MILESTONE_STATUSES.length + s) * 2;
      const outcome = TIMELINESS_BY_STATUS[status];
      MILESTONE_CELLS[at] = denseIndex(['statuses', rule, status]);
      MILESTONE_CELLS[at + 1] =
        measure === undefined || outcome === null
          ? -1
          : denseIndex(['timeliness', measure, outcome]);
    }
  }
  return { I, RULE_AT, STATUS_AT, MILESTONE_CELLS };
}

let tables: ReturnType<typeof buildTables> | undefined;

const weeks = (days: number) => String(Math.floor(days / 7));

/**
 * The delta of one case's facts: its contribution to every cell of {@link PortfolioSlice}
 * (docs/guides/portfolio.md defines each cell).
 *
 * @param facts - The case's facts.
 * @param into - A delta to reuse (emptied first), so that a stream of cases allocates none.
 * @returns The delta.
 * @internal
 */
export function caseDelta(
  facts: CaseFacts,
  into: CaseDelta = { dense: [], sparse: [] },
): CaseDelta {
  tables ??= buildTables();
  const { I, RULE_AT, STATUS_AT, MILESTONE_CELLS } = tables;
  const d = into;
  d.dense.length = 0;
  d.sparse.length = 0;
  const add = (index: number, amount = 1) => d.dense.push(index, amount);
  const sparse = (id: number, key: string) => d.sparse.push(id, sparseSlot(id, key), 1);

  add(I.cases);
  add(I.phases[facts.phase]);
  const tracks = facts.tracks;
  add(I.spoor1[tracks.spoor1]);
  add(I.spoor2Status[tracks.spoor2]);
  const ground =
    tracks.spoor2 === 'niet-nodig' && tracks.reason !== null
      ? I.skipGrounds[tracks.reason]
      : undefined;
  if (ground !== undefined) add(ground);

  for (const m of facts.milestones) {
    const at = (RULE_AT.get(m.ruleId)! * MILESTONE_STATUSES.length + STATUS_AT.get(m.status)!) * 2;
    add(MILESTONE_CELLS[at]!);
    const timeliness = MILESTONE_CELLS[at + 1]!;
    if (timeliness >= 0) add(timeliness);
  }

  const firstFinding = d.sparse.length;
  for (const f of facts.findings) {
    add(I.bySeverity[f.severity]);
    sparse(I.byCode, f.code);
  }
  // Each code once more, for the cases with it (a case has few findings: a scan will do).
  for (let i = firstFinding; i < d.sparse.length; i += 3) {
    const slot = d.sparse[i + 1]!;
    let first = true;
    for (let j = firstFinding; j < i && first; j += 3) first = d.sparse[j + 1] !== slot;
    if (first)
      d.sparse.push(
        I.casesByCode,
        sparseSlot(I.casesByCode, facts.findings[(i - firstFinding) / 3]!.code),
        1,
      );
  }

  const start = facts.start;
  if (start !== null) {
    sparse(I.startWeek, String(start.week));
    if (start.fromLatestStart !== null)
      sparse(I.weeksFromLatestStart, String(start.fromLatestStart));
    add(I.startTiming[start.timing]);
  }

  const t = facts.trajectory;
  if (t === null) return d;
  const f = t.figures;
  add(I.trajectories);
  add(I.phase[t.phase]);
  add(I.furthestPhase[t.furthest]);
  if (t.phase === 'afgerond') sparse(I.durationWeeks, weeks(f.daysInTrajectory));
  if (f.applicationsPerWeek !== null) {
    const hundredths = Math.round(f.applicationsPerWeek * 100);
    add(I.rateTrajectories);
    add(I.rateSum, hundredths);
    add(I.rateBins[applicationsBinOf(hundredths)]);
  }
  const total = Math.round(f.hours.total * 100);
  if (total > 0) {
    add(I.withHours);
    add(I.hoursTotal, total);
    for (const mode of SPOOR2_ACTIVITY_MODES)
      add(I.hoursByMode[mode], Math.round(f.hours.byMode[mode] * 100));
    if (f.hours.byMode.online > 0) add(I.withOnline);
  }
  const category: Spoor2OutcomeCategory = f.outcome ?? (t.phase === 'afgerond' ? 'geen' : 'lopend');
  add(I.outcomes[category]);
  if (f.outcome !== null && f.daysToOutcome !== null)
    sparse(I.weeksToOutcome[f.outcome], weeks(f.daysToOutcome));
  add(I.outcomeByStartTiming[start?.timing ?? 'unknown']![category]);
  return d;
}

/**
 * Adds a case's delta to a counter.
 *
 * @param c - The counter.
 * @param d - The delta.
 * @internal
 */
export function applyDelta(c: SliceCounter, d: CaseDelta): void {
  const { dense } = c;
  for (let i = 0; i < d.dense.length; i += 2) dense[d.dense[i]!]! += d.dense[i + 1]!;
  for (let i = 0; i < d.sparse.length; i += 3)
    addSparse(c, d.sparse[i]!, d.sparse[i + 1]!, d.sparse[i + 2]!);
}

/**
 * What a case's delta adds to one cell.
 *
 * @param d - The delta.
 * @param target - The cell's place.
 * @returns The amount (0 when the case does not count in it).
 * @internal
 */
export function deltaValue(d: CaseDelta, target: CellTarget): number {
  let sum = 0;
  if ('dense' in target) {
    for (let i = 0; i < d.dense.length; i += 2)
      if (d.dense[i] === target.dense) sum += d.dense[i + 1]!;
  } else {
    for (let i = 0; i < d.sparse.length; i += 3)
      if (d.sparse[i] === target.sparse && d.sparse[i + 1] === target.slot) sum += d.sparse[i + 2]!;
  }
  return sum;
}
