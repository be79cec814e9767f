// One process run of the timeline benchmark (spawned by timeline-bench.mjs): warms up, then times
// computeTimeline and the date-fns baseline interleaved on this run's slice of the cases, and
// prints one JSON line { items, subjectPerSecond, baselinePerSecond, ratio }.
import { computeTimeline } from '@poortwachter/core';
import { measureInterleaved } from './measure-interleaved.mjs';
import { randomCases } from './random-cases.mjs';
import { baselineTimeline } from './timeline-baseline.mjs';
import { TIMELINE_WORKLOAD as W } from './timeline-workload.mjs';

const run = Number(process.argv[2] ?? 0);
const cases = randomCases(W.cases, W.seed);
const options = { asOf: W.asOf };
const unitsFrom = (first, count) => {
  const units = [];
  for (let i = 0; i < count; i += W.unitSize) {
    const at = (first + i) % W.cases;
    units.push(cases.slice(at, at + W.unitSize));
  }
  return units;
};
const start = (run * W.casesPerRun) % W.cases;
const result = await measureInterleaved({
  subject: (unit) => {
    for (const c of unit) computeTimeline(c, options);
  },
  baseline: (unit) => {
    for (const c of unit) baselineTimeline(c, options);
  },
  units: unitsFrom(start, W.casesPerRun),
  // Warm up on the cases just before this run's slice.
  warmupUnits: unitsFrom((start + W.cases - 10 * W.unitSize) % W.cases, 10 * W.unitSize),
});
console.log(JSON.stringify(result));
