// One process run of the documents benchmark (spawned by documents-bench.mjs): renderDocument
// against the docxtemplater baseline, interleaved on the same content; then batch throughput with
// two worker threads against one. Prints one JSON line.
import { renderDocument } from '@poortwachter/report';
import { DOCUMENTS_WORKLOAD as W } from './documents-workload.mjs';
import { docxtemplaterRenderer } from './docxtemplater-renderer.mjs';
import { measureInterleaved } from './measure-interleaved.mjs';
import { loadPvaContent } from './pva-content.mjs';
import { pvaTemplateData } from './pva-template-data.mjs';
import { startRenderWorkers } from './render-workers.mjs';
import { templateFromRendered } from './template-from-rendered.mjs';

const content = loadPvaContent();
const options = { asOf: W.asOf };
const baseline = docxtemplaterRenderer(
  templateFromRendered(await renderDocument(content, options), pvaTemplateData(content)),
);
const unit = Array.from({ length: W.unitSize }, () => content);
const single = await measureInterleaved({
  subject: async (u) => {
    for (const c of u) await renderDocument(c, options);
  },
  baseline: (u) => {
    for (const c of u) baseline(c);
  },
  units: Array.from({ length: W.units }, () => unit),
  warmupUnits: [unit],
});

const pool = startRenderWorkers(2);
const warmupStart = performance.now();
while (performance.now() - warmupStart < 2000) await pool.render(2, 8);
const ms = { 1: 0, 2: 0 };
for (let round = 0; round < W.batchRounds; round++) {
  const workers = round % 4 === 0 || round % 4 === 3 ? 1 : 2;
  const t0 = performance.now();
  await pool.render(workers, W.batchDocuments);
  ms[workers] += performance.now() - t0;
}
await pool.close();
const perWorkers = (n) => ((W.batchDocuments * W.batchRounds) / 2 / ms[n]) * 1000;
console.log(
  JSON.stringify({
    ...single,
    oneWorkerPerSecond: perWorkers(1),
    twoWorkersPerSecond: perWorkers(2),
    batchRatio: ms[1] / ms[2],
  }),
);
