import type { Finding } from '@poortwachter/core';
import type { ResolvedDocumentContent } from '@poortwachter/schema';
import { checkDocument } from '../completeness/check-document.js';
import type { DocumentIssueCode } from '../completeness/document-problems.js';
import { DocumentIncompleteError } from './document-incomplete-error.js';
import type { RenderOptions } from './render-options.js';

/**
 * Runs the completeness check before rendering: throws {@link DocumentIncompleteError} when
 * required content is missing, unless `allowIncomplete`; otherwise returns what is missing (the
 * `error` findings), which makes the document a marked concept.
 *
 * @param content - Resolved content of any kind.
 * @param options - `allowIncomplete` and `asOf` (default today in Europe/Amsterdam).
 * @returns The `error` findings; empty for a complete document.
 * @throws {@link DocumentIncompleteError} when something required is missing and `allowIncomplete` is not set.
 * @example
 * ```ts
 * const missing = refuseIncomplete(content, { allowIncomplete: true, asOf: '2025-03-26' });
 * ```
 * @category Rendering
 */
export function refuseIncomplete(
  content: ResolvedDocumentContent,
  options: RenderOptions,
): Finding<DocumentIssueCode>[] {
  const findings = checkDocument(content, { asOf: options.asOf });
  const missing = findings.filter((f) => f.severity === 'error');
  if (missing.length > 0 && !options.allowIncomplete) throw new DocumentIncompleteError(findings);
  return missing;
}
