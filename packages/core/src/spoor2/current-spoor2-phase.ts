import { SPOOR2_PHASES, type Spoor2PhaseId } from './spoor2-phases.js';
import type { Spoor2View } from './spoor2-view.js';

/**
 * Where a trajectory stands on a date: one of {@link SPOOR2_PHASES}, or `afgerond` once it has
 * ended.
 *
 * @example
 * ```ts
 * const phase: Spoor2CurrentPhase = assessSpoor2(caseFile, { asOf: '2025-06-20' })?.phase ?? 'aanmelding';
 * ```
 * @category Spoor 2
 */
export type Spoor2CurrentPhase = Spoor2PhaseId | 'afgerond';

/**
 * The current phase ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7}): `afgerond` once the trajectory's `end` or outcome date is
 * on or before the as-of date; else the recorded phase with the latest start on or before it
 * (phases may overlap; on the same start the later phase of the table wins, whatever its end);
 * with no recorded phase started yet, `aanmelding` before the intake and `intake` from it.
 *
 * @param view - The trajectory as known on the as-of date.
 * @returns The current phase.
 * @internal
 */
export function currentSpoor2Phase(view: Spoor2View): Spoor2CurrentPhase {
  if (view.closed !== null) return 'afgerond';
  let best: { order: number; start: number } | null = null;
  for (const p of view.phases) {
    if (best === null || p.start > best.start || (p.start === best.start && p.order > best.order))
      best = p;
  }
  if (best !== null) return SPOOR2_PHASES[best.order]!.id;
  return view.intake === null ? 'aanmelding' : 'intake';
}
