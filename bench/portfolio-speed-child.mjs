// One process run of the portfolio benchmark's speed measure (spawned by portfolio-bench.mjs):
// generates the 100,000 cases into memory (not timed), warms up both ways for at least 2 s, then
// times summarizePortfolio and the naive way once each over all of them (subject first on even
// runs, naive first on odd ones) and prints one JSON line { cases, subjectMs, naiveMs, ratio }.
import { summarizePortfolio } from '@poortwachter/core';
import { naivePortfolioSummary } from './portfolio-baseline.mjs';
import { portfolioCases, PORTFOLIO_WORKLOAD as W } from './portfolio-workload.mjs';

const run = Number(process.argv[2] ?? 0);
const cases = [...portfolioCases(W.cases)];
const options = { asOf: W.asOf };
const warmup = cases.slice(0, W.warmupCases);
for (let t0 = performance.now(), i = 0; performance.now() - t0 < W.warmupMs || i < 2; i++) {
  summarizePortfolio(warmup, options);
  naivePortfolioSummary(warmup, options);
}
const timed = (fn) => {
  const t0 = performance.now();
  fn(cases, options);
  return performance.now() - t0;
};
let subjectMs;
let naiveMs;
if (run % 2 === 0) {
  subjectMs = timed(summarizePortfolio);
  naiveMs = timed(naivePortfolioSummary);
} else {
  naiveMs = timed(naivePortfolioSummary);
  subjectMs = timed(summarizePortfolio);
}
console.log(
  JSON.stringify({ cases: cases.length, subjectMs, naiveMs, ratio: naiveMs / subjectMs }),
);
