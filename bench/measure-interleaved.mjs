/**
 * Measures a subject against its baseline in one process, interleaved, as the benchmark protocol
 * asks (toolchain.md, "Benchmarks"): first a warm-up of at least `warmupMs` that alternates both on
 * `warmupUnits`, then every unit of `units` through both, in ABBA order (subject first on even
 * units, baseline first on odd ones) so that drift and garbage collection fall on both alike.
 * A unit is an array of work items; both functions get the same unit.
 *
 * @template T
 * @param {object} plan - What to measure.
 * @param {(unit: T[]) => unknown} plan.subject - Processes one unit (may return a promise).
 * @param {(unit: T[]) => unknown} plan.baseline - Processes the same unit the baseline's way.
 * @param {T[][]} plan.units - The measured units.
 * @param {T[][]} plan.warmupUnits - Units for the warm-up, used round-robin.
 * @param {number} [plan.warmupMs] - Least warm-up time in milliseconds (default 2000).
 * @returns {Promise<{ items: number, subjectPerSecond: number, baselinePerSecond: number, ratio: number }>}
 *   Items per second of each, and the subject's speed as a multiple of the baseline's.
 * @example
 * ```js
 * const r = await measureInterleaved({ subject: (u) => u.map(fast), baseline: (u) => u.map(slow), units, warmupUnits });
 * r.ratio; // e.g. 14.2
 * ```
 * @category Benchmarks
 */
export async function measureInterleaved({
  subject,
  baseline,
  units,
  warmupUnits,
  warmupMs = 2000,
}) {
  const warmupStart = performance.now();
  for (let i = 0; performance.now() - warmupStart < warmupMs || i < 2; i++) {
    const unit = warmupUnits[i % warmupUnits.length];
    await subject(unit);
    await baseline(unit);
  }
  let items = 0;
  let subjectMs = 0;
  let baselineMs = 0;
  const timed = async (fn, unit) => {
    const t0 = performance.now();
    await fn(unit);
    return performance.now() - t0;
  };
  for (const [i, unit] of units.entries()) {
    if (i % 2 === 0) {
      subjectMs += await timed(subject, unit);
      baselineMs += await timed(baseline, unit);
    } else {
      baselineMs += await timed(baseline, unit);
      subjectMs += await timed(subject, unit);
    }
    items += unit.length;
  }
  return {
    items,
    subjectPerSecond: (items * 1000) / subjectMs,
    baselinePerSecond: (items * 1000) / baselineMs,
    ratio: baselineMs / subjectMs,
  };
}
