// The entry of `batch`'s worker threads (its own tsup entry, dist/batch-worker.js): it makes
// each document it is sent and posts back the outcome.
import { parentPort } from 'node:worker_threads';
import type { RenderRequest } from './render/render-request.js';
import { settleRender } from './render/settle-render.js';

const port = parentPort;
if (port === null) throw new Error('batch-worker.js runs only as a worker thread');
port.on('message', (request: RenderRequest) => {
  void settleRender(request).then((outcome) => port.postMessage(outcome));
});
