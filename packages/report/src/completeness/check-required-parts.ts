import type { Finding } from '@poortwachter/core';
import type {
  DocumentKind,
  ResolvedContentOf,
  ResolvedDocumentContent,
} from '@poortwachter/schema';
import { documentFinding } from './document-finding.js';
import type { DocumentIssueCode } from './document-problems.js';
import { isMissing } from './is-missing.js';
import { REQUIRED_PARTS, type RequiredPart } from './required-parts.js';
import { valueAt } from './value-at.js';

/**
 * Reports the elements of {@link REQUIRED_PARTS} that a document misses: `missing-part` (or the
 * element's own problem, such as `near-empty` for a plan without activities), `error` when the
 * document cannot be filed without it, `warning` otherwise. An element inside a missing one is
 * not reported again.
 *
 * @param content - Resolved content of any kind.
 * @returns The findings, in the order of the table.
 * @see Regeling procesgang eerste en tweede ziektejaar (BWBR0013540) art. 4; BW 7:658a lid 3;
 * Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2
 * @example
 * ```ts
 * checkRequiredParts({ ...planVanAanpak, activities: [] });
 * // [{ code: 'document/plan-van-aanpak/near-empty', severity: 'error', path: ['activities'], … }]
 * ```
 * @category Completeness
 */
export function checkRequiredParts(content: ResolvedDocumentContent): Finding<DocumentIssueCode>[] {
  const parts = REQUIRED_PARTS[content.kind] as readonly RequiredPart<
    ResolvedContentOf<DocumentKind>
  >[];
  const findings: Finding<DocumentIssueCode>[] = [];
  const missing: (string | number)[][] = [];
  for (const part of parts) {
    if (part.when && !part.when(content)) continue;
    if (missing.some((m) => m.every((key, i) => part.path[i] === key))) continue;
    const parentMissing =
      part.path.length > 1 && isMissing(valueAt(content, part.path.slice(0, -1)));
    if (parentMissing || !isMissing(valueAt(content, part.path))) continue;
    missing.push(part.path);
    findings.push(
      documentFinding(
        content.kind,
        part.problem ?? 'missing-part',
        part.severity,
        part.path,
        part.message ?? {
          nl: `Dit ontbreekt nog: ${part.label.nl}.`,
          en: `Missing: ${part.label.en}.`,
        },
        part.source,
      ),
    );
  }
  return findings;
}
