import type { ResolvedDocumentContent } from '@poortwachter/schema';
import { documentTitle } from '../format/document-title.js';
import { voortgangNumber } from '../spoor2/spoor2-report-facts.js';

/**
 * The title of one document: its kind's title, with "(verkort)" for the short
 * re-integratieverslag, and a voortgangsrapportage by its number ("Voortgangsrapportage 2": the
 * content's `number`, else the number the case's spoor-2 register gives it, see
 * `voortgangNumber`).
 *
 * @param content - Resolved content of any kind.
 * @returns The title shown on the first page and in the header.
 * @example
 * ```ts
 * documentTitleOf(riv); // 'Re-integratieverslag (verkort)'
 * documentTitleOf(voortgang); // 'Voortgangsrapportage 2'
 * ```
 * @category Documents
 */
export function documentTitleOf(content: ResolvedDocumentContent): string {
  const title = documentTitle(content.kind);
  if (content.kind === 're-integratieverslag' && content.variant === 'verkort')
    return `${title} (verkort)`;
  if (content.kind === 'spoor-2-voortgang') {
    const number = voortgangNumber(content.case.spoor2, content);
    return number === null ? title : `Voortgangsrapportage ${number}`;
  }
  return title;
}
