import type { DateBasis, Derivation } from './derivation.js';

function ofBasis(b: DateBasis): { gapDays: number; leaveDays: number } {
  switch (b.type) {
    case 'sick-day':
    case 'after':
    case 'waiting-period':
      return { gapDays: b.gapDays, leaveDays: b.leaveDays };
    case 'earlier-of':
      return ofBasis(b.chosen);
    case 'first-working-day-after':
      return ofBasis(b.of);
    case 'event':
      return { gapDays: 0, leaveDays: 0 };
  }
}

/**
 * The days of recovery and of pregnancy and childbirth leave that moved a milestone's due date
 * later (they did not count as sick days). Both are 0 for a date that no gap or leave moved.
 *
 * @param derivation - A milestone's derivation.
 * @returns The gap days and leave days.
 * @example
 * ```ts
 * const t = computeTimeline({ sickPeriods: [{ start: '2024-12-28', end: '2025-01-10' }, { start: '2025-02-01' }] });
 * skippedDays(t.milestones[4]!.derivation); // { gapDays: 21, leaveDays: 0 } (the UWV report)
 * ```
 * @category Explanations
 */
export function skippedDays(derivation: Derivation): { gapDays: number; leaveDays: number } {
  return ofBasis(derivation.due);
}
