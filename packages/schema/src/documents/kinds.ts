/**
 * `@poortwachter/schema/kinds`: the document kinds, the titles of the parts of a
 * re-integratieverslag and the free-text fields of each kind, as plain data without zod (for
 * code that only needs the names, such as a browser bundle).
 *
 * @module @poortwachter/schema/kinds
 */
export type { DocumentKind } from './document-content-schema.js';
export { DOCUMENT_FREE_TEXT } from './document-free-text.js';
export { DOCUMENT_KINDS } from './document-kinds.js';
export type { RivPartKind } from './riv-part-schema.js';
export { RIV_PART_TITLES } from './riv-part-titles.js';
