import { formatDay } from '../calendar/format-day.js';
import { RIV_KINDS_SOURCE } from '../eligibility/riv-kinds.js';
import type { LocalizedText, Severity } from '../types.js';

/** What a case finding's message may mention: dates as day numbers and counts. */
export interface CaseFindingParams {
  from?: number;
  to?: number;
  days?: number;
  unit?: 'sick-days' | 'calendar-days';
  limit?: number;
}

/**
 * One finding about a case beyond a single milestone's status: its severity, source and message.
 *
 * @example
 * ```ts
 * const row: CaseFindingRule = CASE_FINDING_RULES['spoor-2-niet-nodig/aow-ground'];
 * ```
 * @category Findings
 */
export interface CaseFindingRule {
  readonly severity: Severity;
  readonly source: string;
  readonly message: (p: CaseFindingParams) => LocalizedText;
}

/* @__NO_SIDE_EFFECTS__ */
const riv =
  (kind: LocalizedText) =>
  (p: CaseFindingParams): LocalizedText => ({
    nl: `Het dienstverband eindigt op ${formatDay(p.to ?? 0, 'nl')} na ${p.days} ziektedagen: meld dit uiterlijk op de laatste werkdag bij UWV, met ${kind.nl}.`,
    en: `Employment ends on ${formatDay(p.to ?? 0, 'en')} after ${p.days} sick days: report this to UWV by the last working day, with ${kind.en}.`,
  });
const RIV_SOURCE = RIV_KINDS_SOURCE;

/**
 * The findings about a case that are not a milestone's status, by code.
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#4-findings | docs/rules.md ("Findings")}
 * @example
 * ```ts
 * CASE_FINDING_RULES['spoor-2-niet-nodig/aow-ground'].severity; // 'warning'
 * ```
 * @category Findings
 */
export const CASE_FINDING_RULES = {
  'spoor-2-niet-nodig/aow-ground': {
    severity: 'warning',
    source: 'UWV Werkwijzer Poortwachter §4.3',
    message: () => ({
      nl: 'De grond "AOW binnen een jaar na de wachttijd" is niet te bevestigen: de AOW-datum valt later of is onbekend.',
      en: 'The ground "AOW within a year after the waiting period" cannot be confirmed: the AOW date is later or unknown.',
    }),
  },
  'einde-dienstverband/riv-geen': {
    severity: 'info',
    source: RIV_SOURCE,
    message: riv({ nl: 'geen re-integratieverslag', en: 'no reintegration report' }),
  },
  'einde-dienstverband/riv-verkort': {
    severity: 'info',
    source: RIV_SOURCE,
    message: riv({ nl: 'een verkort re-integratieverslag', en: 'a short reintegration report' }),
  },
  'einde-dienstverband/riv-volledig': {
    severity: 'info',
    source: RIV_SOURCE,
    message: riv({ nl: 'een volledig re-integratieverslag', en: 'a full reintegration report' }),
  },
} as const satisfies Record<string, CaseFindingRule>;

/**
 * The code of a case finding: a closed union derived from {@link CASE_FINDING_RULES}.
 *
 * @example
 * ```ts
 * const code: CaseFindingCode = 'einde-dienstverband/riv-verkort';
 * ```
 * @category Findings
 */
export type CaseFindingCode = keyof typeof CASE_FINDING_RULES;
