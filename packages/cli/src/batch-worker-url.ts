/**
 * Where the worker entry of `batch` is: `dist/batch-worker.js`, beside the bundled code that
 * starts the workers (this file is at the root of `src/`, so the relative URL is the same in
 * the bundle).
 *
 * @example
 * ```ts
 * new Worker(BATCH_WORKER_URL);
 * ```
 * @category Batch
 */
export const BATCH_WORKER_URL: URL = new URL('./batch-worker.js', import.meta.url);
