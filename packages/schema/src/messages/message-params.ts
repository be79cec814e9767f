import { INPUT_ISSUE_MESSAGES, type InputIssueCode, type LocalizedText } from '@poortwachter/core';
import type { DocumentMessageCode } from '../documents/document-messages.js';

/**
 * The `params` a custom zod issue of this package carries: a stable code and the message in both
 * languages, so that {@link parseWith} reports it in the one issue shape.
 *
 * @example
 * ```ts
 * const params: MessageParams = messageParams('bsn/zero');
 * ```
 * @category Messages
 */
export interface MessageParams {
  code: InputIssueCode | DocumentMessageCode;
  message: LocalizedText;
}

/**
 * Builds the `params` of a custom issue from one of core's input codes (its message comes from
 * core's table, so core and this package word the problem the same).
 *
 * @param code - An input issue code.
 * @returns `{ code, message }` for `refine(…, { params })` or `ctx.addIssue({ params })`.
 * @example
 * ```ts
 * import * as z from 'zod';
 *
 * z.string().refine((s) => s.trim() !== '', { params: messageParams('text/blank') });
 * ```
 * @category Messages
 */
export function messageParams(code: InputIssueCode): MessageParams {
  return { code, message: INPUT_ISSUE_MESSAGES[code] };
}
