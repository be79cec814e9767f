import { resolve } from 'node:path';
import { CliError } from '../cli-error.js';
import { type CliIssue, cliIssue } from '../cli-issue.js';
import { checkOutputFree } from '../output/check-output-free.js';
import type { RenderRequest } from '../render/render-request.js';

/**
 * Checks, before any document is made, that `batch` can write all its outputs: no two inputs
 * share a name (the output is flat), and no output exists unless `--force` is given. Every
 * problem is listed at once.
 *
 * @param requests - The planned documents (the output directory exists).
 * @param cwd - The directory the paths are relative to.
 * @returns When every output may be written.
 * @throws CliError (exit 2) listing name clashes, or else the outputs that exist.
 * @example
 * ```ts
 * await checkBatchOutputs(plan.requests, process.cwd());
 * ```
 * @category Batch
 */
export async function checkBatchOutputs(
  requests: readonly RenderRequest[],
  cwd: string,
): Promise<void> {
  const byOutput = new Map<string, RenderRequest[]>();
  for (const request of requests) {
    const key = resolve(cwd, request.output);
    byOutput.set(key, [...(byOutput.get(key) ?? []), request]);
  }
  const clashes = [...byOutput.values()].filter((group) => group.length > 1);
  if (clashes.length > 0)
    throw new CliError(
      clashes.map((group): CliIssue => {
        const list = group.map((r) => r.input).join(', ');
        return cliIssue('cli/output-clash', group[0]?.output ?? '', { nl: list, en: list });
      }),
    );
  const taken = await Promise.all(
    requests.map((r) =>
      checkOutputFree(r.output, cwd, r.force).then(
        (): readonly CliIssue[] => [],
        (error: unknown) => {
          if (error instanceof CliError) return error.issues;
          throw error;
        },
      ),
    ),
  );
  if (taken.flat().length > 0) throw new CliError(taken.flat());
}
