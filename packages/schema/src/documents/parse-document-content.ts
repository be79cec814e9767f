import type { ParseResult } from '../messages/parse-with.js';
import { NOT_INLINE } from './not-inline.js';
import { resolveDocumentContent } from './resolve-document-content.js';
import type { ResolvedDocumentContent } from './resolved-document-content.js';

const inlineOnly = (): never => {
  throw NOT_INLINE;
};

/**
 * Parses a content file whose `case` is written inline (an object, not a path), for rendering
 * from data in memory: a web form, a database, an HR system's API. No file loader is needed and
 * none is used: a `case` or a part's `contentFile` given as a path is reported as
 * `document/not-inline` on that field (use {@link resolveDocumentContent} for content files on
 * disk). The result is the same resolved content, with the same issues for the same problems.
 *
 * @param raw - The content as data, its `case` an object.
 * @returns `{ success: true, data }` with the resolved content, or `{ success: false, issues }`.
 * @example
 * ```ts
 * import { renderDocument } from '@poortwachter/report';
 *
 * const result = parseDocumentContent({
 *   kind: 'plan-van-aanpak',
 *   date: '2025-03-26',
 *   case: { employee: { name: 'Jan de Vries', bsn: '123456782' }, sickPeriods: [{ start: '2025-01-06' }] },
 *   // … the rest of the plan van aanpak
 * });
 * if (result.success && result.data.kind === 'plan-van-aanpak') await renderDocument(result.data, { asOf: '2025-03-26' });
 * ```
 * @category Document content
 */
export function parseDocumentContent(raw: unknown): ParseResult<ResolvedDocumentContent> {
  return resolveDocumentContent(raw, inlineOnly);
}
