// An ESM consumer: renders from data in memory and catches DocumentIncompleteError with
// `instanceof` through the main entry and through /node. Prints one JSON line of results.
// Usage: node render.mjs <fixtures/dossier directory>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { PoortwachterError } from '@poortwachter/core';
import { DocumentIncompleteError, renderDocument } from '@poortwachter/report';
import { heading } from '@poortwachter/report/blocks';
import { renderDocumentToStream } from '@poortwachter/report/node';
import { nodeRasterizer } from '@poortwachter/report-raster/node';
import { parseDocumentContent } from '@poortwachter/schema';
import { caseJsonSchema } from '@poortwachter/schema/json-schema';

const dir = process.argv[2];
const shippedCaseSchema = createRequire(import.meta.url).resolve(
  '@poortwachter/schema/case.schema.json',
);
const read = (file) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const content = (file, edits = {}) => {
  const result = parseDocumentContent({ ...read(file), case: read('case.json'), ...edits });
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
};
const caught = async (promise) =>
  promise.then(
    () => undefined,
    (error) => error,
  );

const plan = await renderDocument(content('01-plan-van-aanpak.json'), { asOf: '2025-10-24' });
const overview = await renderDocument(content('08-dossieroverzicht.json'), {
  asOf: '2025-10-24',
  rasterizer: nodeRasterizer(),
});
const unsigned = content('01-plan-van-aanpak.json', { signatures: [] });
const fromMain = await caught(renderDocument(unsigned, { asOf: '2025-10-24' }));
const fromNode = await caught(
  renderDocumentToStream(unsigned, new PassThrough(), { asOf: '2025-10-24' }),
);
console.log(
  JSON.stringify({
    planBytes: plan.length,
    planIsZip: plan[0] === 0x50 && plan[1] === 0x4b,
    overviewHasPicture: Buffer.from(overview).includes('word/media/'),
    mainIsDocumentIncompleteError: fromMain instanceof DocumentIncompleteError,
    nodeIsDocumentIncompleteError: fromNode instanceof DocumentIncompleteError,
    nodeIsPoortwachterError: fromNode instanceof PoortwachterError,
    nodeCodes: fromNode?.issues?.filter((i) => i.severity === 'error').map((i) => i.code),
    blocksHeading: typeof heading('Kop', 1),
    // The subpath reads the descriptions the main entry's schemas registered: one registry.
    jsonSchemaAsShipped:
      JSON.stringify(caseJsonSchema()) ===
      JSON.stringify(JSON.parse(readFileSync(shippedCaseSchema, 'utf8'))),
  }),
);
