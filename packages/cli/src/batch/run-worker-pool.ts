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
 * so one bad task never stops the others. Aborting `signal` terminates every worker at once and
 * rejects with the signal's reason.
 *
 * @param workerUrl - The worker's module; it answers each task message with one result message.
 * @param tasks - The tasks (structured-cloneable).
 * @param jobs - The number of workers (at most one per task, at least one).
 * @param hooks - `onResult` after each task (for progress), `onCrash` to make a crashed task's
 *   result, and an optional abort `signal`.
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
  hooks: {
    onResult: (index: number, result: R) => void;
    onCrash: (task: T, error: unknown) => R;
    signal?: AbortSignal | undefined;
  },
): Promise<R[]> {
  const { signal } = hooks;
  const results: R[] = [];
  const live = new Set<Worker>();
  let next = 0;
  const start = (): Worker => {
    const worker = new Worker(workerUrl);
    live.add(worker);
    worker.once('exit', () => live.delete(worker));
    return worker;
  };
  const stopAll = () => {
    for (const worker of live) void worker.terminate();
  };
  signal?.addEventListener('abort', stopAll, { once: true });
  const drain = async (): Promise<void> => {
    let worker = start();
    try {
      while (next < tasks.length && signal?.aborted !== true) {
        const index = next++;
        const task = tasks[index] as T;
        let result: R;
        try {
          result = await runOne<T, R>(worker, task);
        } catch (error) {
          if (signal?.aborted) throw signal.reason;
          await worker.terminate();
          worker = start();
          result = hooks.onCrash(task, error);
        }
        results[index] = result;
        hooks.onResult(index, result);
      }
    } finally {
      await worker.terminate();
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, tasks.length)) }, drain));
  } finally {
    signal?.removeEventListener('abort', stopAll);
  }
  signal?.throwIfAborted();
  return results;
}
