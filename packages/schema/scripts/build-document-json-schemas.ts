// Writes the JSON Schema of every kind of document content file from the built package, so the
// shipped files are exactly what the shipped code generates: json-schema/<kind>.schema.json.
// Run by `pnpm build` after tsup: `tsx scripts/build-document-json-schemas.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { DOCUMENT_KINDS, documentJsonSchema } from '../dist/index.js';

const dir = new URL('../json-schema/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const { kind } of DOCUMENT_KINDS) {
  writeFileSync(
    new URL(`${kind}.schema.json`, dir),
    `${JSON.stringify(documentJsonSchema(kind), null, 2)}\n`,
  );
}
