import type { Finding } from '@poortwachter/core';
import type { ResolvedReIntegratieverslagContent } from '@poortwachter/schema';
import { RIV_PART_TITLES } from '@poortwachter/schema/kinds';
import { documentFinding } from '../completeness/document-finding.js';
import type { DocumentIssueCode } from '../completeness/document-problems.js';
import { SOURCES } from '../completeness/sources.js';
import { isSpoor2Report } from './spoor2-document-kind.js';
import { type Spoor2ReportFacts, spoor2ReportFacts } from './spoor2-report-facts.js';

/** The figures a report states: what must agree with the verslag's log. */
const figures = (facts: Spoor2ReportFacts) => {
  const t = facts.slice?.totals;
  return JSON.stringify([
    facts.number,
    t?.applications,
    t?.interviews,
    t?.activities,
    t?.hours,
    t?.hoursByMode,
    facts.slice?.phases.map((p) => [p.phase, p.start, p.end ?? null]),
  ]);
};

/**
 * Checks the spoor-2 reports of a re-integratieverslag against the verslag's own case: a part
 * whose content file refers to another case file (a copy of the case as it was when the report
 * was made, say) shows figures taken from that file; when its number, applications, interviews,
 * activities, hours or phases for its period differ from what the verslag's log gives for the
 * same period, UWV reads a report that disagrees with the dossier (`totals-disagree`, an error,
 * on `parts[i].contentFile`). A part that uses the verslag's case agrees by construction.
 *
 * @param riv - A resolved re-integratieverslag.
 * @returns The findings.
 * @see Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2;
 * Beleidsregels beoordelingskader poortwachter (BWBR0014375) ch. 5
 * @example
 * ```ts
 * checkSpoor2Dossier(riv);
 * // [{ code: 'document/re-integratieverslag/totals-disagree', path: ['parts', 5, 'contentFile'], … }]
 * ```
 * @category Completeness
 */
export function checkSpoor2Dossier(
  riv: ResolvedReIntegratieverslagContent,
): Finding<DocumentIssueCode>[] {
  return riv.parts.flatMap((part, index) => {
    const content = part.content;
    if (content === undefined || content.case === riv.case || !isSpoor2Report(content)) return [];
    const own = spoor2ReportFacts(content.case, content);
    const dossier = spoor2ReportFacts(riv.case, content);
    if (figures(own) === figures(dossier)) return [];
    const title = RIV_PART_TITLES[part.kind];
    return [
      documentFinding(
        're-integratieverslag',
        'totals-disagree',
        'error',
        ['parts', index, 'contentFile'],
        {
          nl: `Onderdeel ${index + 1} (${title.nl}) noemt andere cijfers (nummer, sollicitaties, gesprekken, activiteiten, uren of fasen) dan het logboek in het dossier van het verslag voor dezelfde periode.`,
          en: `Part ${index + 1} (${title.en}) states other figures (number, applications, interviews, activities, hours or phases) than the log in the verslag's case for the same period.`,
        },
        SOURCES.spoor2,
      ),
    ];
  });
}
