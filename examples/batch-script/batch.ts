// A folder of case files in, one dossieroverzicht (.docx, with its drawn timeline) per case out,
// and a summary line per case: phase, findings and the next deadline. Files that are not valid
// case files are listed with their problems (a dossieroverzicht needs nothing beyond a valid
// case, so none is refused).
// Run: pnpm --filter @poortwachter/example-batch-script start [folder] [out-folder] [as-of]
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  casePhase,
  checkCase,
  computeTimeline,
  formatDate,
  formatIssue,
  type Issue,
  STATUS_LABELS,
} from '@poortwachter/core';
import { type Rasterizer, renderDocument } from '@poortwachter/report';
import { nodeRasterizer } from '@poortwachter/report-raster/node';
import { type Case, parseCase, parseDocumentContent } from '@poortwachter/schema';

/** One case of the batch: what was made of it, or why nothing was. */
export type BatchResult =
  | {
      file: string;
      ref: string;
      phase: string;
      errors: number;
      warnings: number;
      /** The next open deadline: the earliest due date on or after the as-of date. */
      next: string | null;
      document: string;
    }
  | { file: string; issues: readonly Issue[] };

/** The next deadline of a case as of a date, as "Label: date (status)". */
function nextDeadline(data: Case, asOf: string): string | null {
  const open = computeTimeline(data, { asOf })
    .milestones.filter((m) => m.due !== null && m.due >= asOf && m.eventDate === null)
    .sort((a, b) => (a.due! < b.due! ? -1 : 1))[0];
  return open
    ? `${open.label.nl}: ${formatDate(open.due!)} (${STATUS_LABELS[open.status].nl})`
    : null;
}

/** Makes the dossieroverzicht of one valid case and writes it to `path`. */
async function writeOverview(
  data: Case,
  asOf: string,
  path: string,
  rasterizer: Rasterizer,
): Promise<void> {
  const content = parseDocumentContent({
    kind: 'dossieroverzicht',
    case: data,
    date: asOf,
    asOf,
    authors: [{ name: 'Verzuimadministratie', function: 'Casemanager' }],
  });
  if (!content.success) throw new Error('the overview content is built by this script');
  await writeFile(path, await renderDocument(content.data, { asOf, rasterizer }));
}

/**
 * Runs the batch: every `*.json` file of `dir`, in name order, one `.docx` each in `outDir`
 * (named after the input file), one result each.
 *
 * @param dir - The folder with case files.
 * @param outDir - Where the documents go (made when missing).
 * @param asOf - The date statuses and findings are judged on.
 * @param rasterizer - Draws the timeline picture's PNG (default: `nodeRasterizer()`).
 * @returns One result per file.
 */
export async function batch(
  dir: string,
  outDir: string,
  asOf: string,
  rasterizer: Rasterizer = nodeRasterizer(),
): Promise<BatchResult[]> {
  await mkdir(outDir, { recursive: true });
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const results: BatchResult[] = [];
  for (const file of files) {
    const parsed = parseCase(JSON.parse(await readFile(join(dir, file), 'utf8')));
    if (!parsed.success) {
      results.push({ file, issues: parsed.issues });
      continue;
    }
    const document = join(outDir, `${basename(file, '.json')}.docx`);
    await writeOverview(parsed.data, asOf, document, rasterizer);
    const findings = checkCase(parsed.data, { asOf });
    results.push({
      file,
      ref: parsed.data.externalRef ?? basename(file, '.json'),
      phase: casePhase(parsed.data, { asOf }).phase,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      next: nextDeadline(parsed.data, asOf),
      document,
    });
  }
  return results;
}

/**
 * The summary of a batch as text: one line per case, the problems indented below a file that
 * gave no document.
 *
 * @param results - What {@link batch} returned.
 * @returns Lines of text, in Dutch.
 */
export function summaryLines(results: readonly BatchResult[]): string[] {
  return results.flatMap((r) =>
    'issues' in r
      ? [`${r.file}: geen geldig dossier`, ...r.issues.map((i) => `    ${formatIssue(i)}`)]
      : [
          `${r.ref.padEnd(24)} ${r.phase.padEnd(12)} ${r.errors} fouten, ${r.warnings} waarschuwingen; volgende: ${r.next ?? '—'} → ${r.document}`,
        ],
  );
}

if (process.argv[1]?.endsWith('batch.ts')) {
  const [dir = '../../fixtures/cases', outDir = 'out', asOf = '2025-09-01'] = process.argv.slice(2);
  const results = await batch(dir, outDir, asOf);
  console.log(summaryLines(results).join('\n'));
  process.exitCode = results.some((r) => 'issues' in r) ? 1 : 0;
}
