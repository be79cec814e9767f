import { isDeepStrictEqual } from 'node:util';

const MILESTONE_FIELDS = [
  'id',
  'windowStart',
  'due',
  'status',
  'eventDate',
  'kind',
  'actor',
  'label',
  'source',
];

/**
 * Compares two timelines for the fairness check of the timeline benchmark: first sick day,
 * `asOf`, waiting period, every milestone field in order (ids, windows, due dates, statuses,
 * event dates, kinds, actors, labels, sources) and the warning codes (warning texts may differ).
 *
 * @param {import('@poortwachter/core').Timeline} expected - `computeTimeline`'s result.
 * @param {import('@poortwachter/core').Timeline} actual - The baseline's result.
 * @returns {string | null} The first difference as `path: expected … got …`, or `null` when equal.
 * @example
 * ```js
 * timelineDifference(computeTimeline(c, { asOf }), baselineTimeline(c, { asOf })); // null
 * ```
 * @category Benchmarks
 */
export function timelineDifference(expected, actual) {
  const differ = (path, a, b) =>
    isDeepStrictEqual(a, b)
      ? null
      : `${path}: expected ${JSON.stringify(a)}, got ${JSON.stringify(b)}`;
  const top =
    differ('firstSickDay', expected.firstSickDay, actual.firstSickDay) ??
    differ('asOf', expected.asOf, actual.asOf) ??
    differ('waitingPeriod', expected.waitingPeriod, actual.waitingPeriod) ??
    differ(
      'warnings',
      expected.warnings.map((w) => w.code),
      actual.warnings.map((w) => w.code),
    ) ??
    differ(
      'milestones',
      expected.milestones.map((m) => m.id),
      actual.milestones.map((m) => m.id),
    );
  if (top !== null) return top;
  for (const [i, m] of expected.milestones.entries()) {
    for (const field of MILESTONE_FIELDS) {
      const d = differ(`milestones.${m.id}.${field}`, m[field], actual.milestones[i][field]);
      if (d !== null) return d;
    }
  }
  return null;
}
