/**
 * `@poortwachter/schema/json-schema`: JSON Schema (draft 2020-12) of the case file and of every
 * document kind, generated from the zod schemas with their Dutch and English descriptions, and
 * the registry of those descriptions. Kept out of the main entry: generating JSON Schema is work
 * for build steps and editors, not for an app that parses a case. The generated files ship with
 * the package too (`@poortwachter/schema/case.schema.json`, `…/<kind>.schema.json`).
 *
 * @module
 */
export { caseJsonSchema } from './case/case-json-schema.js';
export { documentJsonSchema } from './documents/document-json-schema.js';
export { described, schemaDescriptions } from './fields/schema-descriptions.js';
