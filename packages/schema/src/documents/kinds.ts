export type { DocumentKind } from './document-content-schema.js';
export { DOCUMENT_FREE_TEXT } from './document-free-text.js';
export { DOCUMENT_KINDS } from './document-kinds.js';
export type { RivPartKind } from './riv-part-schema.js';
export { RIV_PART_TITLES } from './riv-part-titles.js';
