import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseJsonSchema } from './case/case-json-schema.js';
import { documentJsonSchema } from './documents/document-json-schema.js';
import { DOCUMENT_KINDS } from './documents/document-kinds.js';

const dir = new URL('../json-schema/', import.meta.url);
const shipped = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`${name}.schema.json`, dir), 'utf8'));

describe('json-schema/ (written by the build; run `pnpm --filter @poortwachter/schema build` when this fails)', () => {
  it('holds exactly the case file and one file per document kind', () => {
    const expected = ['case', ...DOCUMENT_KINDS.map((k) => k.kind)].map((n) => `${n}.schema.json`);
    expect(readdirSync(dir).sort()).toEqual(expected.sort());
  });

  it('matches what the code generates', () => {
    expect(shipped('case')).toEqual(caseJsonSchema());
    for (const { kind } of DOCUMENT_KINDS)
      expect(shipped(kind), kind).toEqual(documentJsonSchema(kind));
  });
});
