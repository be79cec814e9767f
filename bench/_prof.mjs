import { computeTimeline } from '@poortwachter/core';
import { randomCases } from '/work/main/bench/random-cases.mjs';

const cases = randomCases(20000, 7);
for (let i = 0; i < 12; i++) {
  const t0 = performance.now();
  for (const c of cases) computeTimeline(c, { asOf: '2026-06-01' });
  if (i > 8) console.log((performance.now() - t0).toFixed(0), 'ms');
}
