// One process run of the spoor-2 benchmark (spawned by spoor2-bench.mjs): warms up, then times
// assessSpoor2 and the date-fns baseline interleaved on this run's slice of the trajectories,
// and prints one JSON line { items, subjectPerSecond, baselinePerSecond, ratio }.
import { assessSpoor2 } from '@poortwachter/core';
import { measureInterleaved } from './measure-interleaved.mjs';
import { baselineAssessSpoor2 } from './spoor2-baseline.mjs';
import { spoor2Inputs, SPOOR2_WORKLOAD as W } from './spoor2-workload.mjs';

const run = Number(process.argv[2] ?? 0);
const inputs = spoor2Inputs(W.trajectories);
const options = { asOf: W.asOf };
const unitsFrom = (first, count) => {
  const units = [];
  for (let i = 0; i < count; i += W.unitSize) {
    const at = (first + i) % inputs.length;
    units.push(inputs.slice(at, at + W.unitSize));
  }
  return units;
};
const start = (run * W.trajectoriesPerRun) % inputs.length;
const result = await measureInterleaved({
  subject: (unit) => {
    for (const input of unit) assessSpoor2(input, options);
  },
  baseline: (unit) => {
    for (const input of unit) baselineAssessSpoor2(input, options);
  },
  units: unitsFrom(start, W.trajectoriesPerRun),
  // Warm up on the trajectories just before this run's slice.
  warmupUnits: unitsFrom(
    (start + inputs.length - 10 * W.unitSize) % inputs.length,
    10 * W.unitSize,
  ),
});
console.log(JSON.stringify(result));
