import { SPOOR2_PHASES } from './spoor2-phases.js';

const BEMIDDELING_ORDER = SPOOR2_PHASES.findIndex((p) => p.id === 'bemiddeling-en-sollicitatie');

/**
 * The first day of the mediation period (docs/rules.md §7): the earliest recorded start of
 * `bemiddeling-en-sollicitatie`, else the trajectplan's date; `null` without either. The one
 * place this rule is written, for the figures and findings of {@link assessSpoor2} and for the
 * reports' consistency checks.
 *
 * @param phases - The recorded phases: their position in `SPOOR2_PHASES` and their start day.
 * @param planDay - The trajectplan's day number, if it counts.
 * @returns The day number, or `null`.
 * @internal
 */
export function spoor2MediationStart(
  phases: readonly { order: number; start: number }[],
  planDay: number | null,
): number | null {
  let start: number | null = null;
  for (const p of phases)
    if (p.order === BEMIDDELING_ORDER && (start === null || p.start < start)) start = p.start;
  return start ?? planDay;
}
