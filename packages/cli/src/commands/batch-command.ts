import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { todayInAmsterdam } from '@poortwachter/core';
import { checkBatchOutputs } from '../batch/check-batch-outputs.js';
import { collectInputs } from '../batch/collect-inputs.js';
import { planBatch } from '../batch/plan-batch.js';
import { renderInWorkers } from '../batch/render-in-workers.js';
import { CliError } from '../cli-error.js';
import type { CliIo } from '../cli-io.js';
import { type CliIssue, cliIssue } from '../cli-issue.js';
import type { Lang } from '../detect-lang.js';
import { formatProblem } from '../format-problem.js';
import { helpText } from '../help/help-text.js';
import { parseChoice } from '../input/parse-choice.js';
import { parseDateOption } from '../input/parse-date-option.js';
import { parseCommandLine } from '../parse-command-line.js';
import { findingProblem } from '../render/finding-problem.js';
import { COMMON_OPTIONS } from './common-options.js';

const TEXT = {
  nl: {
    skipped: 'overgeslagen: geen "kind", dus geen documentinhoud',
    failed: 'mislukt',
    summary: (written: number, skipped: number, failed: number) =>
      `${written} geschreven, ${skipped} overgeslagen, ${failed} mislukt`,
    interrupted:
      'afgebroken: de documenten die al klaar waren staan in de uitvoermap, halve bestanden zijn verwijderd',
  },
  en: {
    skipped: 'skipped: no "kind", so not document content',
    failed: 'failed',
    summary: (written: number, skipped: number, failed: number) =>
      `${written} written, ${skipped} skipped, ${failed} failed`,
    interrupted:
      'interrupted: the documents already made are in the output directory, half-written files were removed',
  },
} as const;

/** A problem of one input, named by the input file and the field: `<file>:<field>` (or the file alone). */
const inFile = (file: string, issue: CliIssue): CliIssue =>
  issue.argument === file
    ? issue
    : { ...issue, argument: issue.argument ? `${file}:${issue.argument}` : file };

/**
 * `poortwachter batch <dir-or-glob>… -o <outdir> [--force] [--allow-incomplete] [--omit-bsn] [--jobs N]`:
 * makes a Word document of every content file, in parallel on worker threads (one per core by
 * default), with a progress bar on stderr when it is a terminal. Output is flat:
 * `<outdir>/<input name without .json>.docx`. Files without a `kind` are skipped and listed.
 * Before anything is made, two inputs with the same name and outputs that exist without
 * `--force` stop the run (exit 2). Every document is written whole or not at all; Ctrl-C stops
 * the workers, removes half-written files and exits 130. stdout gets the written files and a
 * count; stderr the skipped files, the findings and the problems of the failed ones.
 *
 * @param argv - The arguments after `batch`.
 * @param io - The run's streams and environment.
 * @param lang - The language of the run.
 * @returns The exit code: `1` when any document failed, `130` when interrupted, else `0`.
 * @throws CliError (exit 2) for a wrong request.
 * @example
 * ```ts
 * await batchCommand(['fixtures/dossier', '-o', 'out'], io, 'nl'); // 0; out/01-plan-van-aanpak.docx, …
 * ```
 * @category Commands
 */
export async function batchCommand(
  argv: readonly string[],
  io: CliIo,
  lang: Lang,
): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    ...COMMON_OPTIONS,
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    'allow-incomplete': { type: 'boolean' },
    'omit-bsn': { type: 'boolean' },
    jobs: { type: 'string' },
    'as-of': { type: 'string' },
  });
  if (values.help) {
    io.stdout.write(helpText('batch', lang));
    return 0;
  }
  parseChoice('--lang', values.lang ?? lang, ['nl', 'en']);
  const asOf = parseDateOption('--as-of', values['as-of']) ?? todayInAmsterdam();
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  const outdir = values.output;
  const wrong: CliIssue[] = [];
  if (positionals.length === 0) wrong.push(cliIssue('cli/missing-inputs', '<map-of-glob>'));
  if (outdir === undefined) wrong.push(cliIssue('cli/missing-output-directory', '--output'));
  if (!Number.isInteger(jobs) || jobs < 1) wrong.push(cliIssue('cli/invalid-jobs', '--jobs'));
  if (wrong.length > 0 || outdir === undefined) throw new CliError(wrong);

  const { requests, skipped, failures } = await planBatch(
    await collectInputs(positionals, io.cwd),
    outdir,
    {
      cwd: io.cwd,
      asOf,
      allowIncomplete: values['allow-incomplete'] === true,
      omitBsn: values['omit-bsn'] === true,
      force: values.force === true,
    },
  );
  await mkdir(resolve(io.cwd, outdir), { recursive: true });
  await checkBatchOutputs(requests, io.cwd);
  const t = TEXT[lang];
  const outcomes = await renderInWorkers(requests, jobs, io, resolve(io.cwd, outdir));
  if (outcomes === 'interrupted') {
    io.stderr.write(`${t.interrupted}\n`);
    return 130;
  }

  const written: string[] = [];
  const findings: CliIssue[] = [];
  requests.forEach((request, index) => {
    const outcome = outcomes[index];
    if (outcome?.ok) {
      written.push(request.output);
      findings.push(
        ...outcome.findings.map((f) => inFile(request.input, findingProblem(f, request.input))),
      );
    } else if (outcome !== undefined) failures.set(request.input, outcome.issues);
  });
  for (const file of skipped) io.stderr.write(`${file}: ${t.skipped}\n`);
  for (const p of findings) io.stderr.write(`${formatProblem(p, lang)}\n`);
  for (const [file, problems] of [...failures].sort(([a], [b]) => a.localeCompare(b))) {
    io.stderr.write(`${file}: ${t.failed}\n`);
    for (const p of problems) io.stderr.write(`${formatProblem(inFile(file, p), lang)}\n`);
  }
  for (const file of written) io.stdout.write(`${file}\n`);
  io.stdout.write(`${t.summary(written.length, skipped.length, failures.size)}\n`);
  return failures.size > 0 ? 1 : 0;
}
