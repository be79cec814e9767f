import type { ResolvedDocumentContent } from '@poortwachter/schema';
import { checkMedicalTerms } from './check-medical-terms.js';

/**
 * Whether a document passed the medical-term screen: no free-text field or part title of it, nor
 * of a part of a re-integratieverslag rendered inline, names anything medical
 * ({@link checkMedicalTerms}). Only such a document may say "Dit document bevat geen medische
 * gegevens."; the renderers decide the privacy line with it, whatever findings they were given.
 *
 * @param content - Resolved content of any kind.
 * @returns `true` when the screen found nothing.
 * @see AP Beleidsregels "De zieke werknemer" (BWBR0037896)
 * @example
 * ```ts
 * if (passesMedicalScreen(content)) children.push(privacyLine(theme));
 * ```
 * @category Completeness
 */
export function passesMedicalScreen(content: ResolvedDocumentContent): boolean {
  const parts =
    content.kind === 're-integratieverslag'
      ? content.parts.flatMap((part) => (part.content === undefined ? [] : [part.content]))
      : [];
  return [content, ...parts].every((screened) => checkMedicalTerms(screened).length === 0);
}
