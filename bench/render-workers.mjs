import { Worker } from 'node:worker_threads';

/**
 * Starts worker threads that each render the plan van aanpak on request (`render-worker.mjs`),
 * for measuring batch throughput.
 *
 * @param {number} size - How many workers.
 * @returns {{ render: (workers: number, documents: number) => Promise<void>, close: () => Promise<void> }}
 *   `render` spreads `documents` evenly over the first `workers` workers and resolves when all are
 *   done; `close` terminates them.
 * @example
 * ```js
 * const pool = startRenderWorkers(2);
 * await pool.render(2, 96); // 48 documents on each worker, in parallel
 * await pool.close();
 * ```
 * @category Benchmarks
 */
export function startRenderWorkers(size) {
  const workers = Array.from(
    { length: size },
    () => new Worker(new URL('./render-worker.mjs', import.meta.url)),
  );
  const renderOn = (worker, count) =>
    new Promise((resolve, reject) => {
      const onError = (error) => reject(error);
      worker.once('error', onError);
      worker.once('message', () => {
        worker.off('error', onError);
        resolve();
      });
      worker.postMessage(count);
    });
  return {
    render: async (count, documents) => {
      const share = Math.ceil(documents / count);
      await Promise.all(workers.slice(0, count).map((w) => renderOn(w, share)));
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
