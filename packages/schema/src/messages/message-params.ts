import type { InputIssueCode, LocalizedText } from '@poortwachter/core';
import { SCHEMA_MESSAGES, type SchemaMessageCode } from './schema-messages.js';

/**
 * The `params` that a custom zod issue of this package carries: a stable code and the message in
 * both languages. {@link errorMap} picks the language per parse; the issue itself has no message,
 * so no global zod configuration is needed.
 *
 * @example
 * ```ts
 * const params: MessageParams = { code: 'bsn/zero', message: SCHEMA_MESSAGES['bsn/zero'] };
 * ```
 * @category Messages
 */
export interface MessageParams {
  code: SchemaMessageCode | InputIssueCode;
  message: LocalizedText;
}

/**
 * Builds the `params` of one of this package's custom issues from its code.
 *
 * @param code - A code of {@link SCHEMA_MESSAGES}.
 * @returns `{ code, message }` for `refine(…, { params })` or `ctx.addIssue({ params })`.
 * @example
 * ```ts
 * z.string().refine((s) => s.trim() !== '', { params: messageParams('text/blank') });
 * ```
 * @category Messages
 */
export function messageParams(code: SchemaMessageCode): MessageParams {
  return { code, message: SCHEMA_MESSAGES[code] };
}
