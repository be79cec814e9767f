// A CommonJS consumer: renders from data in memory and catches DocumentIncompleteError with
// `instanceof` through the main entry and through /node. Prints one JSON line of results.
// Usage: node render.cjs <fixtures/dossier directory>
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { PassThrough } = require('node:stream');
const { PoortwachterError } = require('@poortwachter/core');
const { parseDocumentContent } = require('@poortwachter/schema');
const { caseJsonSchema } = require('@poortwachter/schema/json-schema');
const { DocumentIncompleteError, renderDocument } = require('@poortwachter/report');
const { heading } = require('@poortwachter/report/blocks');
const { renderDocumentToStream } = require('@poortwachter/report/node');
const { nodeRasterizer } = require('@poortwachter/report-raster/node');

const dir = process.argv[2];
const shippedCaseSchema = require.resolve('@poortwachter/schema/case.schema.json');
const read = (file) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const content = (file, edits = {}) => {
  const result = parseDocumentContent({ ...read(file), case: read('case.json'), ...edits });
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
};
const caught = async (promise) => promise.then(() => undefined, (error) => error);

(async () => {
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
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
