import { type Finding, PoortwachterError } from '@poortwachter/core';
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
 * @param options - `allowIncomplete`, `asOf` (default today in Europe/Amsterdam) and `omitBsn`
 *   (a missing BSN is then no incompleteness).
 * @returns The `error` findings; empty for a complete document.
 * @throws {@link DocumentIncompleteError} when something required is missing and `allowIncomplete` is not set.
 * @throws `PoortwachterError` (`option/invalid` on `omitBsn`) for a re-integratieverslag without BSN.
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
  if (options.omitBsn && content.kind === 're-integratieverslag') {
    throw new PoortwachterError([
      {
        code: 'option/invalid',
        path: ['omitBsn'],
        message: {
          nl: 'Een re-integratieverslag gaat naar UWV en draagt altijd het BSN; omitBsn is alleen voor interne kopieën van de andere documenten.',
          en: 'A re-integratieverslag goes to UWV and always carries the BSN; omitBsn is only for internal copies of the other documents.',
        },
      },
    ]);
  }
  const findings = checkDocument(content, { asOf: options.asOf }).filter(
    (f) => !(options.omitBsn && f.code === `document/${content.kind}/missing-bsn`),
  );
  const missing = findings.filter((f) => f.severity === 'error');
  if (missing.length > 0 && !options.allowIncomplete) throw new DocumentIncompleteError(findings);
  return missing;
}
