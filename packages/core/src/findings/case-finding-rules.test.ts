import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../calendar/day-number.js';
import { RIV_KINDS, RIV_KINDS_SOURCE } from '../eligibility/riv-kinds.js';
import { CASE_FINDING_RULES, type CaseFindingRule } from './case-finding-rules.js';

describe('CASE_FINDING_RULES', () => {
  it('has one end-of-employment finding per kind of RIV, each info with the RIV source', () => {
    for (const { kind } of RIV_KINDS) {
      const row = CASE_FINDING_RULES[`einde-dienstverband/riv-${kind}`];
      expect(row.severity).toBe('info');
      expect(row.source).toBe(RIV_KINDS_SOURCE);
    }
  });

  it('words the RIV finding with the last day of employment and the sick days counted', () => {
    const params = { to: toDayNumber('2025-03-16'), days: 70 };
    expect(CASE_FINDING_RULES['einde-dienstverband/riv-volledig'].message(params)).toEqual({
      nl: 'Het dienstverband eindigt op 16 maart 2025 na 70 ziektedagen: meld dit uiterlijk op de laatste werkdag bij UWV, met een volledig re-integratieverslag.',
      en: 'Employment ends on 16 March 2025 after 70 sick days: report this to UWV by the last working day, with a full reintegration report.',
    });
    expect(CASE_FINDING_RULES['einde-dienstverband/riv-verkort'].message(params).en).toContain(
      'with a short reintegration report.',
    );
    expect(CASE_FINDING_RULES['einde-dienstverband/riv-geen'].message(params).nl).toContain(
      'met geen re-integratieverslag.',
    );
  });

  it('words the AOW skip ground without any value', () => {
    const row: CaseFindingRule = CASE_FINDING_RULES['spoor-2-niet-nodig/aow-ground'];
    expect(row.severity).toBe('warning');
    expect(row.message({})).toEqual({
      nl: 'De grond "AOW binnen een jaar na de wachttijd" is niet te bevestigen: de AOW-datum valt later of is onbekend.',
      en: 'The ground "AOW within a year after the waiting period" cannot be confirmed: the AOW date is later or unknown.',
    });
  });
});
