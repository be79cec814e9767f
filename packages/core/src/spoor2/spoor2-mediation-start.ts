import { SPOOR2_PHASES } from './spoor2-phases.js';

const BEMIDDELING_ORDER = SPOOR2_PHASES.findIndex((p) => p.id === 'bemiddeling-en-sollicitatie');

/**
 * The first day of the mediation period ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7}) as known on `asOf`: the earliest
 * recorded start of `bemiddeling-en-sollicitatie` on or before `asOf`, else the trajectplan's
 * date; `null` without either. A phase recorded to start later has not begun yet, so it cannot
 * move the period. The one
 * place this rule is written, for the figures and findings of {@link assessSpoor2} and for the
 * reports' consistency checks.
 *
 * @param phases - The recorded phases: their position in `SPOOR2_PHASES` and their start day.
 * @param planDay - The trajectplan's day number, if it counts.
 * @param asOf - The day number the period is seen from.
 * @returns The day number, or `null`.
 * @internal
 */
export function spoor2MediationStart(
  phases: readonly { order: number; start: number }[],
  planDay: number | null,
  asOf: number,
): number | null {
  let start: number | null = null;
  for (const p of phases)
    if (p.order === BEMIDDELING_ORDER && p.start <= asOf && (start === null || p.start < start))
      start = p.start;
  return start ?? planDay;
}
