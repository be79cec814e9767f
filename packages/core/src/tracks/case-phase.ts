import type { CaseContext } from '../case/case-context.js';
import { sickDaysUpTo } from '../periods/sick-day-date.js';
import { computeTimelineResult } from '../timeline/compute-timeline.js';
import { WAITING_PERIOD_SICK_DAYS } from '../timeline/waiting-period.js';
import type { CaseInput, ComputeOptions } from '../types.js';

/**
 * The phase of a case by sick-week.
 *
 * @example
 * ```ts
 * const phase: CasePhase = casePhase(caseFile, { asOf: '2025-09-01' }).phase;
 * ```
 * @category Tracks
 */
export type CasePhase = 'jaar-1' | 'jaar-2' | 'na-wachttijd' | 'hersteld';

/**
 * The outcome of {@link casePhase}.
 *
 * @example
 * ```ts
 * const { phase, sickWeek } = casePhase(caseFile, { asOf: '2025-09-01' });
 * ```
 * @category Tracks
 */
export interface CasePhaseResult {
  phase: CasePhase;
  /** Sick days of the latest chain up to `asOf` (0 before its first sick day). */
  sickDay: number;
  /** The sick-week `sickDay` falls in (week k = sick-days 7k−6 … 7k). */
  sickWeek: number;
}

/**
 * The phase of a case as of a date: `jaar-1` (sick-weeks 1–52), `jaar-2` (53–104),
 * `na-wachttijd` (past the 104 weeks: an extension or loonsanctie runs, or the waiting period
 * ended), `hersteld` (the latest period is closed before `asOf`).
 *
 * @param input - The case.
 * @param options - Rule options and `asOf`.
 * @returns The phase with the sick day and sick-week counted.
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#phases | docs/rules.md ("Phases", "Weeks")}
 * @example
 * ```ts
 * casePhase({ sickPeriods: [{ start: '2025-01-06' }] }, { asOf: '2026-01-05' });
 * // { phase: 'jaar-2', sickDay: 365, sickWeek: 53 }
 * casePhase({ sickPeriods: [{ start: '2025-01-06' }] }, { asOf: '2025-03-01' }).phase; // 'jaar-1'
 * ```
 * @category Tracks
 */
export function casePhase(input: CaseInput, options: ComputeOptions = {}): CasePhaseResult {
  return phaseOf(computeTimelineResult(input, options).ctx);
}

/**
 * The phase of a case from its context, for a caller that has computed the timeline already.
 *
 * @param ctx - The case context (latest chain and as-of day).
 * @returns The phase with the sick day and sick-week counted.
 * @internal
 */
export function phaseOf(ctx: CaseContext): CasePhaseResult {
  const sickDay = sickDaysUpTo(ctx.chain, ctx.asOf);
  const sickWeek = Math.ceil(sickDay / 7);
  let phase: CasePhase;
  if (ctx.chain.lastSickDay !== null && ctx.asOf > ctx.chain.lastSickDay) phase = 'hersteld';
  else if (sickDay > WAITING_PERIOD_SICK_DAYS) phase = 'na-wachttijd';
  else phase = sickWeek <= 52 ? 'jaar-1' : 'jaar-2';
  return { phase, sickDay, sickWeek };
}
