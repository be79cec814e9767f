import type { LocalizedText } from '@poortwachter/core';
import type { DocumentKind } from './document-content-schema.js';

/**
 * The eight kinds of document, in the order of the dossier, each with its Dutch and English
 * title.
 *
 * @example
 * ```ts
 * DOCUMENT_KINDS.map((k) => k.title.nl); // ['Plan van aanpak', 'Bijstelling plan van aanpak', …]
 * ```
 * @category Document content
 */
export const DOCUMENT_KINDS: readonly {
  readonly kind: DocumentKind;
  readonly title: LocalizedText;
}[] = [
  { kind: 'plan-van-aanpak', title: { nl: 'Plan van aanpak', en: 'Plan of action' } },
  {
    kind: 'bijstelling',
    title: { nl: 'Bijstelling plan van aanpak', en: 'Revision of the plan of action' },
  },
  {
    kind: 'eerstejaarsevaluatie',
    title: { nl: 'Eerstejaarsevaluatie', en: 'First-year evaluation' },
  },
  {
    kind: 'spoor-2-trajectplan',
    title: { nl: 'Trajectplan spoor 2', en: 'Track 2 trajectory plan' },
  },
  {
    kind: 'spoor-2-voortgang',
    title: { nl: 'Voortgangsrapportage spoor 2', en: 'Track 2 progress report' },
  },
  {
    kind: 'spoor-2-eindrapportage',
    title: { nl: 'Eindrapportage spoor 2', en: 'Track 2 final report' },
  },
  {
    kind: 're-integratieverslag',
    title: { nl: 'Re-integratieverslag', en: 'Reintegration report' },
  },
  { kind: 'dossieroverzicht', title: { nl: 'Dossieroverzicht', en: 'Case overview' } },
];
