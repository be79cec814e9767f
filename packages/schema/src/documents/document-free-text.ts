import type { DocumentKind } from './document-content-schema.js';
import fields from './document-free-text.json';

/**
 * The fields of each kind of document that hold free text, as paths with `*` for the items of a
 * list and the keys of a record (`functionalSummary.limitations.*`): what a screen for medical
 * terms reads, and where a value is whatever its author wrote rather than one of a fixed set.
 * The document's own fields only: not its `case` (a path, or the case file). Computed from the
 * document schemas with `freeTextFields` (a test keeps the two equal) and stored as data,
 * so that code which only needs these paths does not load zod.
 *
 * @example
 * ```ts
 * DOCUMENT_FREE_TEXT['plan-van-aanpak'].includes('functionalSummary.limitations.*'); // true
 * ```
 * @category Document content
 */
export const DOCUMENT_FREE_TEXT: Readonly<Record<DocumentKind, readonly string[]>> = fields;
