import type { Finding, LocalizedText } from '@poortwachter/core';
import type { ResolvedDocumentContent, Signature, SignatureRole } from '@poortwachter/schema';
import { documentFinding } from './document-finding.js';
import type { DocumentIssueCode } from './document-problems.js';
import { SOURCES } from './sources.js';

type Needed = 'werkgever' | 'werknemer' | 'adviseur';

const PARTY: Record<Needed, LocalizedText> = {
  werkgever: { nl: 'de werkgever', en: 'the employer' },
  werknemer: { nl: 'de werknemer', en: 'the employee' },
  adviseur: {
    nl: 'de adviseur van het re-integratiebedrijf',
    en: 'the adviser of the reintegration provider',
  },
};

/** Roles that sign for a party: the casemanager may sign for the employer. */
const SIGNS_FOR: Record<Needed, readonly SignatureRole[]> = {
  werkgever: ['werkgever', 'casemanager'],
  werknemer: ['werknemer'],
  adviseur: ['adviseur'],
};

interface SignedPart {
  path: (string | number)[];
  signatures: readonly Signature[];
  needed: readonly Needed[];
  source: string;
}

function signedParts(content: ResolvedDocumentContent): SignedPart[] {
  const both = ['werkgever', 'werknemer'] as const;
  switch (content.kind) {
    case 'plan-van-aanpak':
      return [
        {
          path: ['signatures'],
          signatures: content.signatures,
          needed: both,
          source: SOURCES.planVanAanpak,
        },
      ];
    case 'bijstelling':
      return [
        {
          path: ['signatures'],
          signatures: content.signatures,
          needed: both,
          source: SOURCES.evaluation,
        },
      ];
    case 'eerstejaarsevaluatie':
      return [
        {
          path: ['signatures'],
          signatures: content.signatures,
          needed: both,
          source: SOURCES.eerstejaarsevaluatie,
        },
      ];
    case 'spoor-2-trajectplan':
    case 'spoor-2-voortgang':
      return [
        {
          path: ['signatures'],
          signatures: content.signatures,
          needed: ['werknemer', 'adviseur'],
          source: SOURCES.spoor2,
        },
      ];
    case 'spoor-2-eindrapportage':
      return [
        {
          path: ['signatures'],
          signatures: content.signatures,
          needed: ['adviseur'],
          source: SOURCES.spoor2,
        },
      ];
    case 're-integratieverslag':
      return [
        ...(content.eindevaluatie
          ? [
              {
                path: ['eindevaluatie', 'signatures'],
                signatures: content.eindevaluatie.signatures,
                needed: both,
                source: SOURCES.rivForm,
              },
            ]
          : []),
        ...(content.oordeelWerknemer
          ? [
              {
                path: ['oordeelWerknemer', 'signatures'],
                signatures: content.oordeelWerknemer.signatures,
                needed: ['werknemer'] as const,
                source: SOURCES.rivForm,
              },
            ]
          : []),
      ];
    default:
      return [];
  }
}

/**
 * Reports a missing signatory where the law asks agreement (`unsigned`, an error): employer and
 * employee on the plan van aanpak, its bijstellingen, the eerstejaarsevaluatie and the
 * eindevaluatie; the employee on their own judgement; the employee and the adviser on the spoor-2
 * trajectplan and voortgangsrapportage (the employee signs under their view); the adviser on the
 * spoor-2 eindrapportage.
 * The casemanager may sign for the employer. A signatory without a date is fine: the document may
 * be printed to be signed by hand.
 *
 * @param content - Resolved content of any kind.
 * @returns One finding per missing signatory.
 * @see BW 7:658a lid 3; Regeling procesgang eerste en tweede ziektejaar (BWBR0013540) art. 4;
 * Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2
 * @example
 * ```ts
 * checkSignatures({ ...planVanAanpak, signatures: [{ role: 'werknemer' }] });
 * // [{ code: 'document/plan-van-aanpak/unsigned', path: ['signatures'], message: { nl: 'De ondertekening door de werkgever ontbreekt.', … } }]
 * ```
 * @category Completeness
 */
export function checkSignatures(content: ResolvedDocumentContent): Finding<DocumentIssueCode>[] {
  return signedParts(content).flatMap(({ path, signatures, needed, source }) =>
    needed
      .filter((party) => !signatures.some((s) => SIGNS_FOR[party].includes(s.role)))
      .map((party) =>
        documentFinding(
          content.kind,
          'unsigned',
          'error',
          path,
          {
            nl: `De ondertekening door ${PARTY[party].nl} ontbreekt.`,
            en: `The signature of ${PARTY[party].en} is missing.`,
          },
          source,
        ),
      ),
  );
}
