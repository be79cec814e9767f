// A worker thread of the batch benchmark: loads the plan van aanpak once, then for each message
// `n` renders it n times with renderDocument and answers with n.
import { parentPort } from 'node:worker_threads';
import { renderDocument } from '@poortwachter/report';
import { DOCUMENTS_WORKLOAD } from './documents-workload.mjs';
import { loadPvaContent } from './pva-content.mjs';

const content = loadPvaContent();
parentPort?.on('message', async (count) => {
  for (let i = 0; i < count; i++) await renderDocument(content, { asOf: DOCUMENTS_WORKLOAD.asOf });
  parentPort?.postMessage(count);
});
