import { basename, join } from 'node:path';
import { CliError } from '../cli-error.js';
import type { CliIssue } from '../cli-issue.js';
import { contentKind } from '../input/content-kind.js';
import { readJsonFile } from '../input/read-json-file.js';
import type { RenderRequest } from '../render/render-request.js';

/**
 * What `batch` will do with its inputs.
 *
 * @example
 * ```ts
 * const plan: BatchPlan = await planBatch(inputs, 'out', base);
 * ```
 * @category Batch
 */
export interface BatchPlan {
  /** The content files to render, each with its flat output path. */
  requests: RenderRequest[];
  /** Files without a `kind` (case files and other JSON), left alone. */
  skipped: string[];
  /** Files that could not be read as JSON, with their problems. */
  failures: Map<string, readonly CliIssue[]>;
}

/**
 * Sorts `batch`'s input files: a file whose JSON names a `kind` becomes a render request with
 * the flat output `<outdir>/<name without .json>.docx`; a file without one is skipped; a file
 * that cannot be read or is not JSON is a failure.
 *
 * @param inputs - The input files (relative to `base.cwd`).
 * @param outdir - The output directory as the user gave it.
 * @param base - The request fields every document shares.
 * @returns The plan.
 * @example
 * ```ts
 * const { requests, skipped } = await planBatch(['d/plan.json', 'd/case.json'], 'out', base);
 * // requests[0].output === 'out/plan.docx'; skipped = ['d/case.json']
 * ```
 * @category Batch
 */
export async function planBatch(
  inputs: readonly string[],
  outdir: string,
  base: Omit<RenderRequest, 'input' | 'output'>,
): Promise<BatchPlan> {
  const plan: BatchPlan = { requests: [], skipped: [], failures: new Map() };
  for (const input of inputs) {
    try {
      if (contentKind(await readJsonFile(input, base.cwd)) === undefined) plan.skipped.push(input);
      else
        plan.requests.push({
          ...base,
          input,
          output: join(outdir, `${basename(input).replace(/\.json$/i, '')}.docx`),
        });
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      plan.failures.set(input, error.issues);
    }
  }
  return plan;
}
