import * as z from 'zod';
import { caseJsonSchema } from '../case/case-json-schema.js';
import { schemaDescriptions } from '../fields/schema-descriptions.js';
import { type DocumentKind, documentContentSchema } from './document-content-schema.js';
import { DOCUMENT_KINDS } from './document-kinds.js';

type JsonSchema = z.core.JSONSchema.BaseSchema;

/**
 * The JSON Schema (draft 2020-12) of one kind of content file, for editors and for integrators
 * who validate outside TypeScript. Every object has `additionalProperties: false`; `case` is a
 * path or the full case file schema (inlined). Cross-field rules (a part with `contentFile` and a
 * `date`, overlapping sick periods, the elfproef) are beyond JSON Schema:
 * {@link @poortwachter/schema!resolveDocumentContent | resolveDocumentContent} is the full check. The build writes one file per kind to
 * `json-schema/<kind>.schema.json`.
 *
 * @param kind - A document kind, e.g. `plan-van-aanpak`.
 * @returns A fresh JSON Schema object.
 * @example
 * ```ts
 * const schema = documentJsonSchema('plan-van-aanpak');
 * schema.title; // 'Plan van aanpak (plan-van-aanpak)'
 * ```
 * @category JSON Schema
 */
export function documentJsonSchema(kind: DocumentKind): JsonSchema {
  const schema = documentContentSchema.options.find((option) => option.shape.kind.value === kind);
  const entry = DOCUMENT_KINDS.find((k) => k.kind === kind);
  if (schema === undefined || entry === undefined) {
    throw new TypeError(
      `Unknown document kind; choose one of: ${DOCUMENT_KINDS.map((k) => k.kind).join(', ')}`,
    );
  }
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    metadata: schemaDescriptions,
    io: 'input',
    unrepresentable: 'throw',
  });
  const { $schema: _caseDialect, $defs: caseDefs, ...caseFile } = caseJsonSchema();
  const properties = json.properties ?? {};
  properties.case = {
    description:
      'Het dossier: een pad naar het dossierbestand (relatief aan dit bestand) of het dossier zelf. — The case: a path to the case file (relative to this file) or the case itself.',
    anyOf: [{ type: 'string', minLength: 1 }, caseFile],
  };
  return {
    ...json,
    title: `${entry.title.nl} (${kind})`,
    description: `${entry.title.nl} — ${entry.title.en}`,
    properties,
    ...(caseDefs === undefined ? {} : { $defs: { ...json.$defs, ...caseDefs } }),
  };
}
