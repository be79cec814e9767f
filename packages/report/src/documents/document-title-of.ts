import type { ResolvedDocumentContent } from '@poortwachter/schema';
import { documentTitle } from '../format/document-title.js';

/**
 * The title of one document: its kind's title, with "(verkort)" for the short
 * re-integratieverslag.
 *
 * @param content - Resolved content of any kind.
 * @returns The title shown on the first page and in the header.
 * @example
 * ```ts
 * documentTitleOf(riv); // 'Re-integratieverslag (verkort)'
 * ```
 * @category Documents
 */
export function documentTitleOf(content: ResolvedDocumentContent): string {
  const title = documentTitle(content.kind);
  return content.kind === 're-integratieverslag' && content.variant === 'verkort'
    ? `${title} (verkort)`
    : title;
}
