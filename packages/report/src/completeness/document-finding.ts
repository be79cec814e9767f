import type { Finding, LocalizedText, Severity } from '@poortwachter/core';
import type { DocumentKind } from '@poortwachter/schema';
import type { DocumentIssueCode, DocumentProblem } from './document-problems.js';

/**
 * Builds a completeness finding of a document: code `document/<kind>/<problem>`, the path of the
 * content field it concerns, and the message in Dutch and English (never with a value of the
 * content or the case, such as a BSN).
 *
 * @param kind - The kind of document checked.
 * @param problem - The problem, one of `DOCUMENT_PROBLEMS`, e.g. `missing-part` or `unsigned`.
 * @param severity - `error` when the document cannot be filed, `warning` for an incomplete optional part.
 * @param path - The content field, e.g. `['parts', 2, 'date']`.
 * @param message - The Dutch and English message.
 * @param source - The legal source, if any.
 * @returns The finding.
 * @example
 * ```ts
 * documentFinding('plan-van-aanpak', 'near-empty', 'error', ['activities'], { nl: '…', en: '…' });
 * // { code: 'document/plan-van-aanpak/near-empty', severity: 'error', path: ['activities'], … }
 * ```
 * @category Completeness
 */
export function documentFinding(
  kind: DocumentKind,
  problem: DocumentProblem,
  severity: Severity,
  path: (string | number)[],
  message: LocalizedText,
  source?: string,
): Finding<DocumentIssueCode> {
  return {
    code: `document/${kind}/${problem}`,
    severity,
    path,
    message,
    ...(source === undefined ? {} : { source }),
  };
}
