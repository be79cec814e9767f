// A worker thread of portfolio-workers.ts, in plain JavaScript as a worker runs it: for each
// chunk number it is sent, it summarises that chunk and sends the summary back as JSON text.
import { parentPort, workerData } from 'node:worker_threads';
import { summarizePortfolio } from '@poortwachter/core';
import { chunkCases, chunkOptions } from './portfolio-chunks.mjs';

const job = workerData;
parentPort.on('message', (k) => {
  const summary = summarizePortfolio(chunkCases(job, k), chunkOptions(job, k));
  parentPort.postMessage(JSON.stringify(summary));
});
