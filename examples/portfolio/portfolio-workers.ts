// A large portfolio split over worker threads: each worker (portfolio-worker.mjs) summarises
// chunks of synthetic cases and sends its summary back as JSON text; the main thread merges the
// summaries as they arrive, in whatever order they come. The merge is exact, so the result
// equals the summary of all the cases in one thread.
// Run (after `pnpm build`): pnpm --filter @poortwachter/examples portfolio-workers [cases] [workers]
// e.g. 1000000 cases over 2 workers.
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  mergePortfolioSummaries,
  type PortfolioCase,
  type PortfolioSummary,
  portfolioFigures,
  portfolioTrend,
  summarizePortfolio,
} from '@poortwachter/core';
import { chunkCases, chunkCount, chunkOptions, type PortfolioJob } from './portfolio-chunks.mjs';

export type { PortfolioJob };

/** Every case of a job, chunk after chunk, in one stream. */
function* allCases(job: PortfolioJob): Generator<PortfolioCase> {
  for (let k = 0; k < chunkCount(job); k++) yield* chunkCases(job, k);
}

/** The summary of the whole job in the calling thread, case after case (no merging). */
export function summarizeInOneThread(job: PortfolioJob): PortfolioSummary {
  return summarizePortfolio(allCases(job), chunkOptions(job));
}

/**
 * The summary of the job over `workers` worker threads: a queue of chunks; each worker takes the
 * next chunk, summarises it and posts the summary as JSON text; the main thread merges each part
 * into the running whole as it arrives, so it holds one summary and one part at a time.
 */
export async function summarizeInWorkers(
  job: PortfolioJob,
  {
    workers,
    worker = new URL('./portfolio-worker.mjs', import.meta.url),
  }: { workers: number; worker?: URL },
): Promise<PortfolioSummary> {
  const chunks = chunkCount(job);
  let next = 0;
  let done = 0;
  let whole: PortfolioSummary | null = null;
  const threads = Array.from(
    { length: Math.min(workers, chunks) },
    () => new Worker(worker, { workerData: job }),
  );
  try {
    await new Promise<void>((resolve, reject) => {
      for (const thread of threads) {
        thread.on('error', reject);
        thread.on('message', (text: string) => {
          const part = JSON.parse(text) as PortfolioSummary;
          whole = whole === null ? part : mergePortfolioSummaries(whole, part);
          if (++done === chunks) resolve();
          else if (next < chunks) thread.postMessage(next++);
        });
        if (next < chunks) thread.postMessage(next++);
      }
      if (chunks === 0) resolve();
    });
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
  return whole ?? summarizePortfolio([], chunkOptions(job));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const cases = Number(process.argv[2] ?? 1_000_000);
  const workers = Number(process.argv[3] ?? 2);
  const job: PortfolioJob = { cases, chunkSize: 25_000, seed: 20250106, asOf: '2025-09-01' };
  const t0 = performance.now();
  const summary = await summarizeInWorkers(job, { workers });
  const seconds = (performance.now() - t0) / 1000;
  const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
  const f = portfolioFigures(summary.total);
  console.log(
    `${summary.total.cases} cases over ${workers} workers in ${seconds.toFixed(1)} s (${Math.round(cases / seconds)} cases/s, generation included)`,
  );
  console.log(
    `phases: ${Object.entries(summary.total.phases)
      .map(([p, n]) => `${p} ${n}`)
      .join(', ')}`,
  );
  for (const [id, t] of Object.entries(f.timeliness))
    console.log(
      `${id}: on time ${pct(t.onTime)}, late with motivation ${pct(t.lateWithMotivation)}, late ${pct(t.late)}, missing ${pct(t.missing)} (${t.measured})`,
    );
  console.log(
    `spoor 2: ${f.spoor2.started} started, ${pct(f.spoor2.startedBeforeWeek52)} before week 52; into work by start: ${Object.entries(
      f.spoor2.workRateByStartTiming,
    )
      .map(([t, r]) => `${t} ${pct(r)}`)
      .join(', ')}`,
  );
  console.log(
    `most raised in spoor 2: ${f.spoor2.topFindings
      .slice(0, 3)
      .map((x) => `${x.code} (${x.cases} cases)`)
      .join(', ')}`,
  );
  // The last four quarters of first sick days up to the as-of date.
  const now = `${job.asOf.slice(0, 4)}-Q${Math.ceil(Number(job.asOf.slice(5, 7)) / 3)}`;
  const quarters = portfolioTrend(summary, 'quarter').filter((p) => p.period <= now);
  for (const { period, slice } of quarters.slice(-4))
    console.log(
      `${period}: ${slice.cases} cases, probleemanalyse on time ${pct(portfolioFigures(slice).timeliness.probleemanalyse.onTime)}`,
    );
}
