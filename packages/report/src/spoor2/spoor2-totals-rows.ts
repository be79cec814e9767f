import type { Spoor2SliceTotals } from '@poortwachter/core';
import { formatNumber } from '../format/format-number.js';

/**
 * The rows of a totals table: applications, interviews, activities, trainings and hours (in
 * total and by mode), one column per set of totals.
 *
 * @param columns - The totals to show side by side (a period, and the whole trajectory so far).
 * @returns One row per figure: its label, then one cell per column.
 * @example
 * ```ts
 * spoor2TotalsRows(slice.totals)[0]; // ['Sollicitaties', '3']
 * ```
 * @internal
 */
export function spoor2TotalsRows(...columns: Spoor2SliceTotals[]): string[][] {
  const row = (label: string, value: (t: Spoor2SliceTotals) => number) => [
    label,
    ...columns.map((t) => formatNumber(value(t))),
  ];
  return [
    row('Sollicitaties', (t) => t.applications),
    row('Gesprekken (uitgenodigd of aangenomen)', (t) => t.interviews),
    row('Activiteiten', (t) => t.activities),
    row('Trainingen (sollicitatietraining, e-learning, scholing)', (t) => t.trainings),
    row('Uren op locatie', (t) => t.hoursByMode['op-locatie']),
    row('Uren thuis', (t) => t.hoursByMode.thuis),
    row('Uren online', (t) => t.hoursByMode.online),
    row('Uren in totaal', (t) => t.hours),
  ];
}
