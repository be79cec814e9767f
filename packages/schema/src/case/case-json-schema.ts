import * as z from 'zod';
import { schemaDescriptions } from '../fields/schema-descriptions.js';
import { caseSchema } from './case-schema.js';

/**
 * The JSON Schema (draft 2020-12) of the case file, generated from {@link caseSchema} with its
 * Dutch and English descriptions. Every object has `additionalProperties: false`. The build
 * writes it to `json-schema/case.schema.json`, exported as `@poortwachter/schema/case.schema.json`.
 * Checks across fields (overlapping periods, …) and the elfproef are beyond JSON Schema: the
 * schema gives the BSN's pattern only; {@link @poortwachter/schema!parseCase | parseCase} is the full check.
 *
 * @returns A fresh JSON Schema object.
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 *
 * writeFileSync('out/case.schema.json', `${JSON.stringify(caseJsonSchema(), null, 2)}\n`);
 * ```
 * @category JSON Schema
 */
export function caseJsonSchema(): z.core.JSONSchema.BaseSchema {
  return z.toJSONSchema(caseSchema, {
    target: 'draft-2020-12',
    metadata: schemaDescriptions,
    io: 'input',
    unrepresentable: 'throw',
  });
}
