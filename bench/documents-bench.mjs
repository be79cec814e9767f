import { renderDocument } from '@poortwachter/report';
import { DOCUMENTS_WORKLOAD as W } from './documents-workload.mjs';
import { docxText } from './docx-text.mjs';
import { docxtemplaterRenderer } from './docxtemplater-renderer.mjs';
import { median } from './median.mjs';
import { loadPvaContent } from './pva-content.mjs';
import { pvaTemplateData } from './pva-template-data.mjs';
import { runChildren } from './run-children.mjs';
import { templateFromRendered } from './template-from-rendered.mjs';

/**
 * Runs the documents benchmark: checks once that the docxtemplater baseline's plan van aanpak
 * has the same text as `renderDocument`'s (body, headers, footers), then runs the measurement in
 * 5 separate processes and takes the medians.
 *
 * @param {(line: string) => void} [log] - Receives one progress line per run.
 * @returns {Promise<{ line: string }>} The closing line
 *   `documents: N docs/s, baseline N docs/s, R× the baseline; batch 2 workers N docs/s, R× one worker`.
 * @throws Error when the two documents' texts differ.
 * @example
 * ```js
 * console.log((await documentsBench()).line);
 * ```
 * @category Benchmarks
 */
export async function documentsBench(log = () => {}) {
  const content = loadPvaContent();
  const ours = await renderDocument(content, { asOf: W.asOf });
  const theirs = docxtemplaterRenderer(templateFromRendered(ours, pvaTemplateData(content)))(
    content,
  );
  const [a, b] = await Promise.all([docxText(ours), docxText(theirs)]);
  if (a !== b)
    throw new Error(
      'documents: the docxtemplater baseline does not give the same text as renderDocument',
    );
  log(`documents: baseline has the same text as renderDocument (${a.length} characters)`);
  const results = runChildren(
    new URL('./documents-child.mjs', import.meta.url).pathname,
    W.runs,
    (r, run) =>
      log(
        `documents run ${run + 1}/${W.runs}: ${r.subjectPerSecond.toFixed(1)} docs/s, baseline ${r.baselinePerSecond.toFixed(1)} docs/s, ${r.ratio.toFixed(2)}×; 1 worker ${r.oneWorkerPerSecond.toFixed(1)} docs/s, 2 workers ${r.twoWorkersPerSecond.toFixed(1)} docs/s, ${r.batchRatio.toFixed(2)}×`,
      ),
  );
  const m = (key) => median(results.map((r) => r[key]));
  return {
    line: `documents: ${Math.round(m('subjectPerSecond'))} docs/s, baseline ${Math.round(m('baselinePerSecond'))} docs/s, ${m('ratio').toFixed(2)}× the baseline; batch 2 workers ${Math.round(m('twoWorkersPerSecond'))} docs/s, ${m('batchRatio').toFixed(2)}× one worker`,
  };
}
