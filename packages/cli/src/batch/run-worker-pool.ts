import { Worker } from 'node:worker_threads';

const runOne = <T, R>(worker: Worker, task: T): Promise<R> =>
  new Promise((resolve, reject) => {
    const settle = (done: () => void) => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      done();
    };
    const onMessage = (result: R) => settle(() => resolve(result));
    const onError = (error: unknown) => settle(() => reject(error));
    const onExit = (code: number) =>
      settle(() => reject(new Error(`worker stopped with exit code ${code}`)));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(task);
  });

/**
 * Runs tasks on a pool of worker threads, each worker taking the next task when it is done
 * with one. A worker that crashes is replaced, and its task gets the result `onCrash` makes,
 * so one bad task never stops the others.
 *
 * @param workerUrl - The worker's module; it answers each task message with one result message.
 * @param tasks - The tasks (structured-cloneable).
 * @param jobs - The number of workers (at most one per task, at least one).
 * @param hooks - `onResult` after each task (for progress), `onCrash` to make a crashed task's result.
 * @returns The results, in the order of `tasks`.
 * @example
 * ```ts
 * const results = await runWorkerPool(BATCH_WORKER_URL, requests, 2, {
 *   onResult: () => bar.increment(),
 *   onCrash: (request, error) => ({ ok: false, exitCode: 2, problems: [] }),
 * });
 * ```
 * @category Batch
 */
export async function runWorkerPool<T, R>(
  workerUrl: URL,
  tasks: readonly T[],
  jobs: number,
  hooks: { onResult: (index: number, result: R) => void; onCrash: (task: T, error: unknown) => R },
): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const drain = async (): Promise<void> => {
    let worker = new Worker(workerUrl);
    try {
      while (next < tasks.length) {
        const index = next++;
        const task = tasks[index] as T;
        let result: R;
        try {
          result = await runOne<T, R>(worker, task);
        } catch (error) {
          await worker.terminate();
          worker = new Worker(workerUrl);
          result = hooks.onCrash(task, error);
        }
        results[index] = result;
        hooks.onResult(index, result);
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, tasks.length)) }, drain));
  return results;
}
