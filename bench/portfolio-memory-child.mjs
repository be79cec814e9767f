// One process run of the portfolio benchmark's memory measure (spawned by portfolio-bench.mjs):
// streams PORTFOLIO_BENCH_CASES synthetic cases (default 100,000) from the generator into a
// portfolio accumulator (or, with PORTFOLIO_BENCH_WAY=naive, into the naive way, which keeps
// them), samples the resident set size every 1,000 cases and at the end, and prints one JSON
// line { cases, ms, peakRss, startRss }.
import { createPortfolioAccumulator } from '@poortwachter/core';
import { naivePortfolioSummary } from './portfolio-baseline.mjs';
import { portfolioCases, PORTFOLIO_WORKLOAD as W } from './portfolio-workload.mjs';

const count = Number(process.env.PORTFOLIO_BENCH_CASES ?? W.cases);
const naive = process.env.PORTFOLIO_BENCH_WAY === 'naive';
const options = { asOf: W.asOf };
const startRss = process.memoryUsage.rss();
let peakRss = startRss;
const sample = () => {
  const rss = process.memoryUsage.rss();
  if (rss > peakRss) peakRss = rss;
};
/** The cases, sampling memory as they pass. */
function* sampled() {
  let n = 0;
  for (const c of portfolioCases(count)) {
    if (++n % W.sampleEvery === 0) sample();
    yield c;
  }
}
const t0 = performance.now();
let cases = 0;
if (naive) cases = naivePortfolioSummary(sampled(), options).total.cases;
else {
  const acc = createPortfolioAccumulator(options, { summary: true, workList: false });
  for (const c of sampled()) acc.add(c);
  cases = acc.summary().total.cases;
}
sample();
console.log(JSON.stringify({ cases, ms: performance.now() - t0, peakRss, startRss }));
