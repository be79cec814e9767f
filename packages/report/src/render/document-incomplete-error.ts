import { type Finding, PoortwachterError } from '@poortwachter/core';
import type { DocumentIssueCode } from '../completeness/document-problems.js';

/**
 * Thrown by `renderDocument` and `fillTemplate` when a document misses required content (an
 * `error` finding of `checkDocument`) and `allowIncomplete` is not set. A `PoortwachterError`:
 * `issues` carries every finding of the check as data (errors first, then warnings; each with
 * its code, severity, the path of the content field and a Dutch and English message), and the
 * message lists them. Messages never contain content values, so no BSN can leak through them.
 *
 * @example
 * ```ts
 * import { formatIssue } from '@poortwachter/core';
 *
 * try {
 *   await renderDocument(content, { asOf: '2025-03-26' });
 * } catch (e) {
 *   if (!(e instanceof DocumentIncompleteError)) throw e;
 *   for (const issue of e.issues) if (issue.severity === 'error') console.error(formatIssue(issue, 'en'));
 * }
 * ```
 * @category Errors
 */
export class DocumentIncompleteError extends PoortwachterError<DocumentIssueCode> {
  override name = 'DocumentIncompleteError';
  declare readonly issues: readonly Finding<DocumentIssueCode>[];

  /** @param findings - Every finding of the completeness check, at least one of them an `error`. */
  constructor(findings: readonly Finding<DocumentIssueCode>[]) {
    super(findings, {
      nl: 'Het document is niet compleet:',
      en: 'The document is incomplete:',
    });
  }
}
