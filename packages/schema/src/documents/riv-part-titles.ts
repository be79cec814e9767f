import type { LocalizedText } from '@poortwachter/core';
import { DOCUMENT_KINDS } from './document-kinds.js';
import type { RivPartKind, RivReferencedKind } from './riv-part-schema.js';

const ATTACHED: Record<Exclude<RivPartKind, RivReferencedKind>, LocalizedText> = {
  probleemanalyse: { nl: 'Probleemanalyse', en: 'Problem analysis' },
  'bijstelling-probleemanalyse': {
    nl: 'Bijstelling probleemanalyse',
    en: 'Revised problem analysis',
  },
  'actueel-oordeel': {
    nl: 'Actueel oordeel bedrijfsarts',
    en: "Occupational physician's current judgement",
  },
  'arbeidsdeskundig-rapport': { nl: 'Arbeidsdeskundig rapport', en: 'Labour expert report' },
  deskundigenoordeel: { nl: 'Deskundigenoordeel UWV', en: 'UWV expert opinion' },
  overig: { nl: 'Overig onderdeel', en: 'Other part' },
};

/**
 * The Dutch and English title of every kind of part of a re-integratieverslag: the document title
 * of {@link DOCUMENT_KINDS} for the kinds this library writes, and the usual name of the parts
 * written elsewhere (probleemanalyse, actueel oordeel, …).
 *
 * @example
 * ```ts
 * RIV_PART_TITLES['actueel-oordeel'].nl; // 'Actueel oordeel bedrijfsarts'
 * RIV_PART_TITLES.bijstelling.en; // 'Revision of the plan of action'
 * ```
 * @category Document content
 * @see Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2
 */
export const RIV_PART_TITLES: Readonly<Record<RivPartKind, LocalizedText>> = {
  ...ATTACHED,
  ...(Object.fromEntries(
    DOCUMENT_KINDS.filter(
      (k) => !['re-integratieverslag', 'dossieroverzicht'].includes(k.kind),
    ).map((k) => [k.kind, k.title]),
  ) as Record<RivReferencedKind, LocalizedText>),
};
