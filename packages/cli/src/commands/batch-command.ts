import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { todayInAmsterdam } from '@poortwachter/core';
import cliProgress from 'cli-progress';
import { collectInputs } from '../batch/collect-inputs.js';
import { runWorkerPool } from '../batch/run-worker-pool.js';
import { BATCH_WORKER_URL } from '../batch-worker-url.js';
import { CliError, type Problem } from '../cli-error.js';
import type { CliIo } from '../cli-io.js';
import type { Lang } from '../detect-lang.js';
import { formatProblem } from '../format-problem.js';
import { helpText } from '../help/help-text.js';
import { contentKind } from '../input/content-kind.js';
import { parseChoice } from '../input/parse-choice.js';
import { parseDateOption } from '../input/parse-date-option.js';
import { readJsonFile } from '../input/read-json-file.js';
import { internalErrorMessage } from '../internal-error-message.js';
import { checkOutputFree } from '../output/check-output-free.js';
import { removeOwnTempFiles } from '../output/remove-own-temp-files.js';
import { parseCommandLine } from '../parse-command-line.js';
import { findingProblem } from '../render/finding-problem.js';
import type { RenderRequest } from '../render/render-request.js';
import type { RenderOutcome } from '../render/settle-render.js';
import { COMMON_OPTIONS } from './common-options.js';

const TEXT = {
  nl: {
    skipped: 'overgeslagen: geen "kind", dus geen documentinhoud',
    summary: (written: number, skipped: number, failed: number) =>
      `${written} geschreven, ${skipped} overgeslagen, ${failed} mislukt`,
    failed: 'mislukt',
    interrupted:
      'afgebroken: de documenten die al klaar waren staan in de uitvoermap, halve bestanden zijn verwijderd',
  },
  en: {
    skipped: 'skipped: no "kind", so not document content',
    summary: (written: number, skipped: number, failed: number) =>
      `${written} written, ${skipped} skipped, ${failed} failed`,
    failed: 'failed',
    interrupted:
      'interrupted: the documents already made are in the output directory, half-written files were removed',
  },
} as const;

const problem = (path: string, nl: string, en: string): Problem => ({ path, message: { nl, en } });

/** A problem of one input, named by the input file and the field: `<file>:<field>` (or the file alone). */
const inFile = (file: string, p: Problem): Problem =>
  p.path === file ? p : { ...p, path: `${file}:${p.path}` };

/**
 * `poortwachter batch <dir-or-glob>… -o <outdir> [--force] [--allow-incomplete] [--jobs N]`:
 * makes a Word document of every content file, in parallel on worker threads (one per core by
 * default), with a progress bar on stderr when it is a terminal. Output is flat:
 * `<outdir>/<input name without .json>.docx`. Files without a `kind` are skipped and listed.
 * Before anything is made, two inputs with the same name and outputs that exist without
 * `--force` stop the run (exit 2). Every document is written whole or not at all; Ctrl-C stops
 * the workers, removes half-written files and exits 130.
 * stdout gets the written files and a count; stderr the skipped files, the findings and the
 * problems of the failed ones.
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
  const wrong = [
    ...(positionals.length === 0
      ? [
          problem(
            '<map-of-glob>',
            'geef een map of glob met inhoudsbestanden',
            'give a directory or glob of content files',
          ),
        ]
      : []),
    ...(values.output === undefined
      ? [
          problem(
            '--output',
            'geef de uitvoermap met -o <map>',
            'give the output directory with -o <dir>',
          ),
        ]
      : []),
    ...(Number.isInteger(jobs) && jobs >= 1
      ? []
      : [
          problem(
            '--jobs',
            'geef een geheel getal van 1 of meer',
            'give a whole number of 1 or more',
          ),
        ]),
  ];
  const outdir = values.output;
  if (wrong.length > 0 || outdir === undefined) throw new CliError(wrong);

  const t = TEXT[lang];
  const inputs = await collectInputs(positionals, io.cwd);
  const skipped: string[] = [];
  const failures = new Map<string, readonly Problem[]>();
  const requests: RenderRequest[] = [];
  for (const input of inputs) {
    try {
      if (contentKind(await readJsonFile(input, io.cwd)) === undefined) skipped.push(input);
      else
        requests.push({
          input,
          output: join(outdir, `${basename(input).replace(/\.json$/i, '')}.docx`),
          cwd: io.cwd,
          asOf,
          lang,
          allowIncomplete: values['allow-incomplete'] === true,
          force: values.force === true,
        });
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      failures.set(input, error.problems);
    }
  }

  const byOutput = new Map<string, RenderRequest[]>();
  for (const r of requests)
    byOutput.set(resolve(io.cwd, r.output), [
      ...(byOutput.get(resolve(io.cwd, r.output)) ?? []),
      r,
    ]);
  const clashes = [...byOutput.values()].filter((group) => group.length > 1);
  if (clashes.length > 0)
    throw new CliError(
      clashes.map((group) => {
        const list = group.map((r) => r.input).join(', ');
        return problem(
          group[0]?.output ?? '',
          `meer dan één invoerbestand met deze naam: ${list}`,
          `more than one input file with this name: ${list}`,
        );
      }),
    );
  await mkdir(resolve(io.cwd, outdir), { recursive: true });
  const taken = await Promise.all(
    requests.map((r) =>
      checkOutputFree(r.output, io.cwd, r.force).then(
        () => [],
        (error: unknown) => {
          if (error instanceof CliError) return error.problems;
          throw error;
        },
      ),
    ),
  );
  if (taken.flat().length > 0) throw new CliError(taken.flat());

  const bar = io.isTTY.stderr
    ? new cliProgress.SingleBar(
        {
          stream: io.stderr,
          format: '{bar} {value}/{total} {file}',
          hideCursor: true,
          clearOnComplete: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  bar?.start(requests.length, 0, { file: '' });
  const interrupt = new AbortController();
  const onSigint = () => interrupt.abort();
  process.once('SIGINT', onSigint);
  let outcomes: RenderOutcome[];
  try {
    outcomes = await runWorkerPool<RenderRequest, RenderOutcome>(BATCH_WORKER_URL, requests, jobs, {
      onResult: (index) => bar?.increment({ file: basename(requests[index]?.input ?? '') }),
      onCrash: (request, error) => ({
        ok: false,
        exitCode: 2,
        problems: [{ path: request.input, message: internalErrorMessage(error) }],
      }),
      signal: interrupt.signal,
    });
  } catch (error) {
    if (!interrupt.signal.aborted) throw error;
    bar?.stop();
    await removeOwnTempFiles(resolve(io.cwd, outdir));
    io.stderr.write(`${t.interrupted}\n`);
    return 130;
  } finally {
    process.off('SIGINT', onSigint);
  }
  bar?.stop();

  const written: string[] = [];
  const findings: Problem[] = [];
  outcomes.forEach((outcome, index) => {
    const request = requests[index];
    if (request === undefined) return;
    if (outcome.ok) {
      written.push(request.output);
      findings.push(
        ...outcome.findings.map((f) => inFile(request.input, findingProblem(f, request.input))),
      );
    } else failures.set(request.input, outcome.problems);
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
