import { DOCUMENT_MESSAGES, type DocumentMessageCode } from './document-messages.js';

/**
 * Builds the `params` of a custom zod issue of the document schemas: the code and its message in
 * both languages, which the package's `errorMap` picks per parse.
 *
 * @param code - A code of {@link DOCUMENT_MESSAGES}.
 * @returns `{ code, message }` for `ctx.addIssue({ params })`.
 * @example
 * ```ts
 * ctx.addIssue({ code: 'custom', path: ['kind'], params: documentMessageParams('document/part-not-referenceable') });
 * ```
 * @category Document content
 */
export function documentMessageParams(code: DocumentMessageCode): {
  code: DocumentMessageCode;
  message: (typeof DOCUMENT_MESSAGES)[DocumentMessageCode];
} {
  return { code, message: DOCUMENT_MESSAGES[code] };
}
