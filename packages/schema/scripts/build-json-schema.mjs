// Writes the JSON Schema of the case file from the built package, so the shipped file is exactly
// what the shipped code generates. Run by `pnpm build` after tsup.
import { mkdirSync, writeFileSync } from 'node:fs';
import { caseJsonSchema } from '../dist/index.js';

const dir = new URL('../json-schema/', import.meta.url);
mkdirSync(dir, { recursive: true });
writeFileSync(new URL('case.schema.json', dir), `${JSON.stringify(caseJsonSchema(), null, 2)}\n`);
