import { SPOOR2_PHASES } from './spoor2-phases.js';

const BEMIDDELING_ORDER = /* @__PURE__ */ SPOOR2_PHASES.findIndex(
  (p) => p.id === 'bemiddeling-en-sollicitatie',
);

/**
 * The first day of the mediation period ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7}): the earliest
 * recorded start of `bemiddeling-en-sollicitatie` (on or before `knownOn` when given), else the
 * trajectplan's date; `null` without either. The one place this rule is written, for the figures
 * and findings of {@link assessSpoor2} (which pass the as-of date: a phase recorded to start later
 * is not known yet) and for the reports' periods and consistency checks (which read the case file
 * as it is).
 *
 * @param phases - The recorded phases: their position in `SPOOR2_PHASES` and their start day.
 * @param planDay - The trajectplan's day number, if it counts.
 * @param knownOn - The day number the case is seen from; without it every recorded phase counts.
 * @returns The day number, or `null`.
 * @internal
 */
export function spoor2MediationStart(
  phases: readonly { order: number; start: number }[],
  planDay: number | null,
  knownOn = Number.POSITIVE_INFINITY,
): number | null {
  let start: number | null = null;
  for (const p of phases)
    if (p.order === BEMIDDELING_ORDER && p.start <= knownOn && (start === null || p.start < start))
      start = p.start;
  return start ?? planDay;
}
