import { summarizePortfolio } from '@poortwachter/core';
import { median } from './median.mjs';
import { naivePortfolioSummary } from './portfolio-baseline.mjs';
import { portfolioCases, PORTFOLIO_WORKLOAD as W } from './portfolio-workload.mjs';
import { runChildren } from './run-children.mjs';

const MB = 1024 * 1024;
const here = (file) => new URL(file, import.meta.url).pathname;

/** Runs a child script with extra environment variables (the children inherit the environment). */
function withEnv(env, fn) {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/**
 * Runs the portfolio benchmark: checks that the naive way gives the same summary as
 * `summarizePortfolio` on the first {@link PORTFOLIO_WORKLOAD}.checkedCases cases; times both on
 * 100,000 cases in 5 separate processes (the naive way keeps every case's full results, so these
 * processes get an 8 GB heap); measures the peak resident memory of streaming 100,000 cases (5
 * processes), 1,000,000 cases (3 processes) and of the naive way on 100,000 (1 process).
 *
 * @param {(line: string) => void} [log] - Receives one progress line per run.
 * @returns {{ seconds: number, casesPerSecond: number, peakMb: number, ratio: number, peakMillionMb: number, naivePeakMb: number, line: string }}
 *   Medians over the runs and the closing line
 *   `portfolio: 100000 cases in S s, N cases/s, peak M MB, R× the naive way`.
 * @throws Error when the naive way's summary differs from `summarizePortfolio`'s.
 * @example
 * ```js
 * console.log(portfolioBench().line); // portfolio: 100000 cases in 3.9 s, 25600 cases/s, peak 120 MB, 7.4× the naive way
 * ```
 * @category Benchmarks
 */
export function portfolioBench(log = () => {}) {
  const checked = [...portfolioCases(W.checkedCases)];
  const options = { asOf: W.asOf };
  if (
    JSON.stringify(naivePortfolioSummary(checked, options)) !==
    JSON.stringify(summarizePortfolio(checked, options))
  )
    throw new Error('portfolio: the naive way gives another summary');
  log(`portfolio: the naive way equals summarizePortfolio on ${checked.length} cases`);

  const speed = withEnv({ NODE_OPTIONS: '--max-old-space-size=8192' }, () =>
    runChildren(here('./portfolio-speed-child.mjs'), W.runs, (r, run) =>
      log(
        `portfolio speed run ${run + 1}/${W.runs}: ${(r.subjectMs / 1000).toFixed(2)} s, naive ${(r.naiveMs / 1000).toFixed(1)} s, ${r.ratio.toFixed(1)}× (${r.cases} cases)`,
      ),
    ),
  );
  // Streaming runs with Node's default heap; the naive way, which keeps everything, gets 8 GB.
  const memory = (cases, runs, way) =>
    withEnv(
      {
        PORTFOLIO_BENCH_CASES: String(cases),
        PORTFOLIO_BENCH_WAY: way,
        NODE_OPTIONS: way === 'naive' ? '--max-old-space-size=8192' : '',
      },
      () =>
        runChildren(here('./portfolio-memory-child.mjs'), runs, (r, run) =>
          log(
            `portfolio memory (${way}, ${cases} cases streamed) run ${run + 1}/${runs}: peak ${Math.round(r.peakRss / MB)} MB, start ${Math.round(r.startRss / MB)} MB, ${(r.ms / 1000).toFixed(1)} s with generation`,
          ),
        ),
    );
  const hundredThousand = memory(W.cases, W.runs, 'stream');
  const million = memory(W.streamedCases, W.streamedRuns, 'stream');
  const naive = memory(W.cases, 1, 'naive');

  const seconds = median(speed.map((r) => r.subjectMs)) / 1000;
  const ratio = median(speed.map((r) => r.ratio));
  const peakMb = median(hundredThousand.map((r) => r.peakRss)) / MB;
  const peakMillionMb = median(million.map((r) => r.peakRss)) / MB;
  const naivePeakMb = naive[0].peakRss / MB;
  log(
    `portfolio memory: 1,000,000 streamed peak ${Math.round(peakMillionMb)} MB = ${(peakMillionMb / peakMb).toFixed(2)}× the 100,000; naive way ${Math.round(naivePeakMb)} MB`,
  );
  return {
    seconds,
    casesPerSecond: W.cases / seconds,
    peakMb,
    ratio,
    peakMillionMb,
    naivePeakMb,
    line: `portfolio: ${W.cases} cases in ${seconds.toFixed(1)} s, ${Math.round(W.cases / seconds)} cases/s, peak ${Math.round(peakMb)} MB, ${ratio.toFixed(1)}× the naive way`,
  };
}
