// Writes the JSON Schemas of the case file and of every document kind from the built package, so
// the shipped files are exactly what the shipped code generates. Run by `pnpm build` after tsup;
// src/shipped-json-schemas.test.ts fails when the committed files are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { caseJsonSchema, documentJsonSchema } from '../dist/json-schema.js';
import { DOCUMENT_KINDS } from '../dist/kinds.js';

const dir = new URL('../json-schema/', import.meta.url);
mkdirSync(dir, { recursive: true });
const write = (name, schema) =>
  writeFileSync(new URL(`${name}.schema.json`, dir), `${JSON.stringify(schema, null, 2)}\n`);

write('case', caseJsonSchema());
for (const { kind } of DOCUMENT_KINDS) write(kind, documentJsonSchema(kind));
