import type { Finding } from '@poortwachter/core';
import type { ResolvedDocumentContent } from '@poortwachter/schema';
import { documentFinding } from './document-finding.js';
import type { DocumentIssueCode } from './document-problems.js';
import { isMissing } from './is-missing.js';
import { SOURCES } from './sources.js';

/**
 * Checks the spoor-2 decision of an eerstejaarsevaluatie: a decision to skip spoor 2, or to
 * postpone the decision, without a motivation is an error
 * (`spoor-2-decision-without-motivation`); a start without start date or provider is a warning
 * (`spoor-2-start-incomplete`).
 *
 * @param content - Resolved content of any kind (only an eerstejaarsevaluatie is checked).
 * @returns The findings.
 * @see BW 7:658a lid 1; Beleidsregels beoordelingskader poortwachter (BWBR0014375) hoofdstuk 5
 * @example
 * ```ts
 * checkSpoor2Decision({ ...eje, spoor2Decision: { decision: 'skip', ground: 'marginale-mogelijkheden' } });
 * // [{ code: 'document/eerstejaarsevaluatie/spoor-2-decision-without-motivation', … }]
 * ```
 * @category Completeness
 */
export function checkSpoor2Decision(
  content: ResolvedDocumentContent,
): Finding<DocumentIssueCode>[] {
  if (content.kind !== 'eerstejaarsevaluatie' || content.spoor2Decision === undefined) return [];
  const decision = content.spoor2Decision;
  if (decision.decision === 'start') {
    if (!isMissing(decision.startDate) && !isMissing(decision.provider)) return [];
    return [
      documentFinding(
        content.kind,
        'spoor-2-start-incomplete',
        'warning',
        ['spoor2Decision', isMissing(decision.startDate) ? 'startDate' : 'provider'],
        {
          nl: 'Bij de start van spoor 2 horen een startdatum en het re-integratiebedrijf.',
          en: 'A start of track 2 needs a start date and the reintegration provider.',
        },
        SOURCES.spoor2,
      ),
    ];
  }
  if (!isMissing(decision.motivation)) return [];
  return [
    documentFinding(
      content.kind,
      'spoor-2-decision-without-motivation',
      'error',
      ['spoor2Decision', 'motivation'],
      decision.decision === 'skip'
        ? {
            nl: 'Het besluit om spoor 2 niet te starten heeft geen motivering; UWV toetst die grond.',
            en: 'The decision not to start track 2 has no motivation; UWV assesses that ground.',
          }
        : {
            nl: 'Het uitstel van het besluit over spoor 2 heeft geen motivering.',
            en: 'The postponement of the decision on track 2 has no motivation.',
          },
      SOURCES.spoor2,
    ),
  ];
}
