import { basename } from 'node:path';
import {
  createPortfolioAccumulator,
  type PortfolioOptions,
  type PortfolioSummary,
  type WorkList,
} from '@poortwachter/core';
import { parseCase } from '@poortwachter/schema';
import { collectInputs } from '../batch/collect-inputs.js';
import { CliError } from '../cli-error.js';
import type { CliIo } from '../cli-io.js';
import type { CliIssue } from '../cli-issue.js';
import { readJsonFile } from '../input/read-json-file.js';
import { progressBar } from '../output/progress-bar.js';

/**
 * What {@link readPortfolio} gives: the summary and work list of the valid case files, and the
 * problems of the files that were skipped.
 *
 * @example
 * ```ts
 * const { summary, workList, problems }: PortfolioRead = await readPortfolio(['dossiers'], io, { asOf: '2025-09-01' });
 * ```
 * @category Portfolio
 */
export interface PortfolioRead {
  summary: PortfolioSummary;
  workList: WorkList;
  /** The problems of every skipped file, each named by the file (`<file>:<field>`). */
  problems: CliIssue[];
}

/** A problem of one file, named by the file and the field: `<file>:<field>` (or the file alone). */
const inFile = (file: string, issue: CliIssue): CliIssue =>
  issue.argument === file
    ? issue
    : { ...issue, argument: issue.argument ? `${file}:${issue.argument}` : file };

/**
 * Reads the case files of a portfolio (directories, files or globs, as `batch` collects them) one
 * at a time: each is parsed, validated with `parseCase` of `@poortwachter/schema` and added to a
 * portfolio accumulator of `@poortwachter/core`, then dropped, so memory does not grow with the
 * number of files. A file that is not JSON or not a valid case file is skipped and its problems
 * kept; the run goes on. A case is named by its `externalRef`, else by its file name. A progress
 * bar shows on stderr when stderr is a terminal; otherwise nothing is written while reading.
 *
 * @param patterns - Directories, files or globs, relative to `io.cwd`.
 * @param io - The run's streams (stderr for the progress bar) and working directory.
 * @param options - As-of date, window and grouping keys.
 * @returns The summary, the work list and the problems of the skipped files.
 * @throws CliError (exit 2) when a pattern matches no file.
 * @example
 * ```ts
 * const { summary, problems } = await readPortfolio(['fixtures/portfolio'], io, { asOf: '2025-09-01' });
 * summary.total.cases; // 7
 * ```
 * @category Portfolio
 */
export async function readPortfolio(
  patterns: readonly string[],
  io: CliIo,
  options: PortfolioOptions,
): Promise<PortfolioRead> {
  const files = await collectInputs(patterns, io.cwd);
  const accumulator = createPortfolioAccumulator(options);
  const problems: CliIssue[] = [];
  const bar = progressBar(io);
  bar?.start(files.length, 0, { file: '' });
  try {
    for (const file of files) {
      try {
        const parsed = parseCase(await readJsonFile(file, io.cwd));
        if (parsed.success)
          accumulator.add(parsed.data, parsed.data.externalRef ?? basename(file, '.json'));
        else problems.push(...parsed.issues.map((issue) => inFile(file, issue)));
      } catch (error) {
        if (!(error instanceof CliError)) throw error;
        problems.push(...error.issues.map((issue) => inFile(file, issue)));
      }
      bar?.increment({ file: basename(file) });
    }
  } finally {
    bar?.stop();
  }
  return { summary: accumulator.summary(), workList: accumulator.workList(), problems };
}
