const neu = await import(process.env.NEW ?? '/tmp/newcore.mjs');

import { randomCases } from '/work/main/bench/random-cases.mjs';

const old = await import('/tmp/oldcore.mjs');
const cases = randomCases(20000, 7);
const run = (f) => {
  const t0 = performance.now();
  for (const c of cases) f(c, { asOf: '2026-06-01' });
  return performance.now() - t0;
};
const rn = [],
  ro = [];
for (let i = 0; i < 10; i++) {
  rn.push(run(neu.computeTimeline));
  ro.push(run(old.computeTimeline));
}
const med = (a) => a.sort((x, y) => x - y)[a.length >> 1];
console.log(
  'new',
  med(rn).toFixed(0),
  'old',
  med(ro).toFixed(0),
  'ratio',
  (med(rn) / med(ro)).toFixed(2),
);
