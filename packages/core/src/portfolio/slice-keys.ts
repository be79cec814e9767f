import { SPOOR2_SKIP_GROUNDS } from '../case/spoor2-skip-grounds.js';
import { MILESTONE_RULES, type RuleId } from '../rules/milestone-rules.js';
import type { Spoor2CurrentPhase } from '../spoor2/current-spoor2-phase.js';
import { SPOOR2_PHASES, type Spoor2PhaseId } from '../spoor2/spoor2-phases.js';
import type { Spoor2OutcomeKind } from '../spoor2/spoor2-values.js';
import type { CasePhase } from '../tracks/case-phase.js';
import type { Spoor2Status } from '../tracks/spoor2-status.js';
import type { MilestoneStatus, Severity, Spoor2SkipGround } from '../types.js';

/** Fails to compile when `List` misses a member of `Union`. */
type Covers<Union, List extends readonly Union[]> =
  Exclude<Union, List[number]> extends never ? List : never;

const covering =
  /* @__NO_SIDE_EFFECTS__ */
    <Union>() =>
    <const List extends readonly Union[]>(list: Covers<Union, List>): List =>
      list;

/**
 * The phases of a case in their order (the values of {@link casePhase}).
 *
 * @example
 * ```ts
 * CASE_PHASES; // ['jaar-1', 'jaar-2', 'na-wachttijd', 'hersteld']
 * ```
 * @category Portfolio
 */
export const CASE_PHASES = /* @__PURE__ */ covering<CasePhase>()([
  'jaar-1',
  'jaar-2',
  'na-wachttijd',
  'hersteld',
]);

/**
 * The states of spoor 1 (the `spoor1` of {@link spoor2Status}).
 *
 * @example
 * ```ts
 * SPOOR1_STATES; // ['actief', 'afgerond']
 * ```
 * @category Portfolio
 */
export const SPOOR1_STATES = /* @__PURE__ */ covering<Spoor2Status['spoor1']>()([
  'actief',
  'afgerond',
]);

/**
 * The states of spoor 2 (the `spoor2` of {@link spoor2Status}).
 *
 * @example
 * ```ts
 * SPOOR2_STATES.includes('vereist'); // true
 * ```
 * @category Portfolio
 */
export const SPOOR2_STATES = /* @__PURE__ */ covering<Spoor2Status['spoor2']>()([
  'gestart',
  'niet-nodig',
  'niet-van-toepassing',
  'vereist',
]);

/**
 * Every milestone status, in the order of {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#3-statuses | docs/contract.md ("Statuses")}.
 *
 * @example
 * ```ts
 * MILESTONE_STATUSES[0]; // 'done'
 * ```
 * @category Portfolio
 */
export const MILESTONE_STATUSES = /* @__PURE__ */ covering<MilestoneStatus>()([
  'done',
  'done-late',
  'late-with-motivation',
  'overdue',
  'due-soon',
  'upcoming',
  'passed',
  'not-reached',
  'not-applicable',
]);

/**
 * The severities of findings, most severe first.
 *
 * @example
 * ```ts
 * SEVERITIES; // ['error', 'warning', 'info']
 * ```
 * @category Portfolio
 */
export const SEVERITIES = /* @__PURE__ */ covering<Severity>()(['error', 'warning', 'info']);

/**
 * How a spoor-2 trajectory stands as of the portfolio's date: its outcome (counted from the
 * outcome's date), `geen` also for a trajectory that ended without an outcome, `lopend` while it
 * runs without one.
 *
 * @example
 * ```ts
 * const category: Spoor2OutcomeCategory = 'detachering';
 * ```
 * @category Portfolio
 */
export type Spoor2OutcomeCategory = (typeof SPOOR2_OUTCOME_CATEGORIES)[number];

/**
 * The outcome categories of a portfolio's trajectories: the outcome kinds, then `lopend`.
 *
 * @example
 * ```ts
 * SPOOR2_OUTCOME_CATEGORIES; // ['plaatsing', 'detachering', 'proefplaatsing', 'geen', 'lopend']
 * ```
 * @category Portfolio
 */
export const SPOOR2_OUTCOME_CATEGORIES = /* @__PURE__ */ covering<Spoor2OutcomeKind | 'lopend'>()([
  'plaatsing',
  'detachering',
  'proefplaatsing',
  'geen',
  'lopend',
]);

/**
 * The rule ids in table order, each once (a rule in two versions has two rows).
 *
 * @internal
 */
export const RULE_IDS: readonly RuleId[] = /* @__PURE__ */ Array.from(
  /* @__PURE__ */ new Set(/* @__PURE__ */ MILESTONE_RULES.map((r) => r.id)),
);

/**
 * The skip grounds of spoor 2 in table order.
 *
 * @internal
 */
export const SKIP_GROUNDS: readonly Spoor2SkipGround[] = /* @__PURE__ */ SPOOR2_SKIP_GROUNDS.map(
  (g) => g.ground,
);

/**
 * The spoor-2 phase ids in order.
 *
 * @internal
 */
export const SPOOR2_PHASE_IDS: readonly Spoor2PhaseId[] = /* @__PURE__ */ SPOOR2_PHASES.map(
  (p) => p.id,
);

/**
 * The current phases of a trajectory: the phases, then `afgerond`.
 *
 * @internal
 */
export const SPOOR2_CURRENT_PHASES: readonly Spoor2CurrentPhase[] = /* @__PURE__ */ currentPhases();

function currentPhases(): Spoor2CurrentPhase[] {
  return [...SPOOR2_PHASES.map((p) => p.id), 'afgerond'];
}
