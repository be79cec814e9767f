// `pnpm bench`: the timeline benchmark, the spoor-2 benchmark, the documents benchmark, the
// footprint (bundle sizes and import times), then the portfolio benchmark, against the built
// packages (packages/*/dist).
// Progress goes to stderr; the result lines are printed last on stdout.
// Protocol and figures: bench/README.md.
import { documentsBench } from './documents-bench.mjs';
import { footprintBench } from './footprint-bench.mjs';
import { portfolioBench } from './portfolio-bench.mjs';
import { spoor2Bench } from './spoor2-bench.mjs';
import { timelineBench } from './timeline-bench.mjs';

const log = (line) => console.error(line);
try {
  const timeline = timelineBench(log);
  const spoor2 = spoor2Bench(log);
  const documents = await documentsBench(log);
  const footprint = await footprintBench(log);
  const portfolio = portfolioBench(log);
  console.log(timeline.line);
  console.log(spoor2.line);
  console.log(documents.line);
  for (const line of footprint.lines) console.log(line);
  console.log(portfolio.line);
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
