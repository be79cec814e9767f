import type { InputIssueCode } from '@poortwachter/core';
import type { DocumentMessageCode } from '../documents/document-messages.js';

/**
 * The code of an issue this package reports: one of core's input codes (the same code and the
 * same words as core for the same problem) or a code of resolving a document's content
 * (`file/not-found`, `document/case-missing`, …). A closed union.
 *
 * @example
 * ```ts
 * const code: SchemaIssueCode = 'bsn/checksum';
 * ```
 * @category Messages
 */
export type SchemaIssueCode = InputIssueCode | DocumentMessageCode;
