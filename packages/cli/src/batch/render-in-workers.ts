import { basename } from 'node:path';
import { BATCH_WORKER_URL } from '../batch-worker-url.js';
import type { CliIo } from '../cli-io.js';
import { internalErrorIssue } from '../internal-error-message.js';
import { progressBar } from '../output/progress-bar.js';
import { removeOwnTempFiles } from '../output/remove-own-temp-files.js';
import type { RenderRequest } from '../render/render-request.js';
import type { RenderOutcome } from '../render/settle-render.js';
import { runWorkerPool } from './run-worker-pool.js';

/**
 * Renders `batch`'s documents on worker threads, with a progress bar on stderr when it is a
 * terminal. Ctrl-C (SIGINT) stops every worker, removes the half-written files from the output
 * directory and ends the run as interrupted.
 *
 * @param requests - The documents to make.
 * @param jobs - The number of workers.
 * @param io - The run's streams (stderr for the progress bar).
 * @param outdir - The absolute output directory (for the clean-up after Ctrl-C).
 * @returns The outcomes in the order of `requests`, or `'interrupted'`.
 * @example
 * ```ts
 * const outcomes = await renderInWorkers(plan.requests, 2, io, '/out');
 * ```
 * @category Batch
 */
export async function renderInWorkers(
  requests: readonly RenderRequest[],
  jobs: number,
  io: CliIo,
  outdir: string,
): Promise<RenderOutcome[] | 'interrupted'> {
  const bar = progressBar(io);
  const interrupt = new AbortController();
  const onSigint = () => interrupt.abort();
  process.once('SIGINT', onSigint);
  bar?.start(requests.length, 0, { file: '' });
  try {
    return await runWorkerPool<RenderRequest, RenderOutcome>(BATCH_WORKER_URL, requests, jobs, {
      onResult: (index) => bar?.increment({ file: basename(requests[index]?.input ?? '') }),
      onCrash: (request, error) => ({
        ok: false,
        exitCode: 2,
        issues: [{ ...internalErrorIssue(error), argument: request.input }],
      }),
      signal: interrupt.signal,
    });
  } catch (error) {
    if (!interrupt.signal.aborted) throw error;
    await removeOwnTempFiles(outdir);
    return 'interrupted';
  } finally {
    bar?.stop();
    process.off('SIGINT', onSigint);
  }
}
