import { computeTimeline, type Finding, formatDate, MILESTONE_RULES } from '@poortwachter/core';
import type { ResolvedReIntegratieverslagContent } from '@poortwachter/schema';
import { RIV_PART_TITLES, type RivPartKind } from '@poortwachter/schema/kinds';
import { checkAuthors } from './check-authors.js';
import { documentFinding } from './document-finding.js';
import type { DocumentIssueCode } from './document-problems.js';
import { SOURCES } from './sources.js';

const KIND = 're-integratieverslag';
/** The rule completed by the eerstejaarsevaluatie (found by its event, not its id). */
const EERSTEJAARSEVALUATIE = MILESTONE_RULES.find((r) => r.event === 'eerstejaarsevaluatie')!.id;
const SPOOR_2_KINDS: ReadonlySet<string> = new Set([
  'spoor-2-trajectplan',
  'spoor-2-voortgang',
  'spoor-2-eindrapportage',
]);

function missingPart(
  kind: RivPartKind,
  severity: 'error' | 'warning',
  why?: { nl: string; en: string },
): Finding<DocumentIssueCode> {
  const title = RIV_PART_TITLES[kind];
  return documentFinding(
    KIND,
    'missing-part',
    severity,
    ['parts'],
    {
      nl: `Het onderdeel ${title.nl} ontbreekt${why ? ` ${why.nl}` : ''}.`,
      en: `The part ${title.en} is missing${why ? ` ${why.en}` : ''}.`,
    },
    SOURCES.rivForm,
  );
}

/** Whether the case reached the eerstejaarsevaluatie window by the verslag's date. */
function reachedEerstejaarsevaluatie(content: ResolvedReIntegratieverslagContent): boolean {
  const windowStart = computeTimeline(content.case, { asOf: content.date }).milestones.find(
    (m) => m.ruleId === EERSTEJAARSEVALUATIE,
  )?.windowStart;
  return windowStart != null && windowStart <= content.date;
}

/**
 * Checks the parts of a re-integratieverslag: each part dated (`undated-part`) and with the name
 * and function of its authors (`no-authors`, `author-without-…`), the eindevaluatie dated and
 * authored and the employee's judgement dated; the parts a full verslag needs (probleemanalyse,
 * plan van aanpak, eerstejaarsevaluatie once the case reached week 46, actueel oordeel:
 * `missing-part`, an error; spoor-2 reports once spoor 2 started: a warning); an actueel oordeel
 * dated after the eindevaluatie (`actueel-oordeel-after-eindevaluatie`, an error: the
 * eindevaluatie must build on it); and a part that belongs to another employee
 * (`part-of-other-case`). Referenced parts are dated by their content file.
 *
 * @param content - A resolved re-integratieverslag.
 * @returns The findings.
 * @see Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2; UWV Werkwijzer Poortwachter (order: actueel oordeel, then eindevaluatie)
 * @example
 * ```ts
 * checkRivParts({ ...riv, parts: riv.parts.filter((p) => p.kind !== 'actueel-oordeel') });
 * // [{ code: 'document/re-integratieverslag/missing-part', message: { nl: 'Het onderdeel Actueel oordeel bedrijfsarts ontbreekt.', … } }]
 * ```
 * @category Completeness
 */
export function checkRivParts(
  content: ResolvedReIntegratieverslagContent,
): Finding<DocumentIssueCode>[] {
  const findings: Finding<DocumentIssueCode>[] = [];
  const bsn = content.case.employee?.bsn;
  content.parts.forEach((part, index) => {
    const title = RIV_PART_TITLES[part.kind];
    if (part.content !== undefined) {
      const other = part.content.case.employee?.bsn;
      if ('signatures' in part.content) {
        part.content.signatures.forEach((signature, s) => {
          if (signature.date !== undefined) return;
          findings.push(
            documentFinding(
              KIND,
              'undated-signature',
              'warning',
              ['parts', index, 'contentFile', 'signatures', s, 'date'],
              {
                nl: `Onderdeel ${index + 1} (${title.nl}): niet vastgelegd wanneer ondertekenaar ${s + 1} heeft getekend; het verslag toont het onderdeel als niet ondertekend.`,
                en: `Part ${index + 1} (${title.en}): no record of when signatory ${s + 1} signed; the verslag shows the part as not signed.`,
              },
              SOURCES.rivForm,
            ),
          );
        });
      }
      if (bsn !== undefined && other !== undefined && other !== bsn) {
        findings.push(
          documentFinding(KIND, 'part-of-other-case', 'error', ['parts', index, 'contentFile'], {
            nl: `Onderdeel ${index + 1} (${title.nl}) hoort bij het dossier van een andere werknemer.`,
            en: `Part ${index + 1} (${title.en}) belongs to the case of another employee.`,
          }),
        );
      }
      return;
    }
    const name = {
      nl: `Onderdeel ${index + 1} (${title.nl})`,
      en: `Part ${index + 1} (${title.en})`,
    };
    if (part.date === undefined) {
      findings.push(
        documentFinding(
          KIND,
          'undated-part',
          'error',
          ['parts', index, 'date'],
          { nl: `${name.nl} heeft geen datum.`, en: `${name.en} has no date.` },
          SOURCES.rivForm,
        ),
      );
    }
    findings.push(...checkAuthors(KIND, part.authors, ['parts', index, 'authors'], name));
  });

  const eindevaluatie = content.eindevaluatie;
  if (eindevaluatie !== undefined) {
    const name = { nl: 'De eindevaluatie', en: 'The final evaluation' };
    if (eindevaluatie.date === undefined) {
      findings.push(
        documentFinding(
          KIND,
          'undated-part',
          'error',
          ['eindevaluatie', 'date'],
          { nl: `${name.nl} heeft geen datum.`, en: `${name.en} has no date.` },
          SOURCES.rivForm,
        ),
      );
    }
    findings.push(...checkAuthors(KIND, eindevaluatie.authors, ['eindevaluatie', 'authors'], name));
  }
  if (content.oordeelWerknemer !== undefined && content.oordeelWerknemer.date === undefined) {
    findings.push(
      documentFinding(
        KIND,
        'undated-part',
        'error',
        ['oordeelWerknemer', 'date'],
        {
          nl: 'Het oordeel van de werknemer heeft geen datum.',
          en: "The employee's judgement has no date.",
        },
        SOURCES.rivForm,
      ),
    );
  }

  if (content.variant === 'volledig') {
    const kinds = new Set(content.parts.map((p) => p.kind));
    const required: RivPartKind[] = ['probleemanalyse', 'plan-van-aanpak'];
    if (reachedEerstejaarsevaluatie(content)) required.push('eerstejaarsevaluatie');
    required.push('actueel-oordeel');
    for (const kind of required) if (!kinds.has(kind)) findings.push(missingPart(kind, 'error'));
    const spoor2Started =
      content.case.events?.some((e) => e.type === 'start-spoor-2') === true ||
      content.parts.some(
        (p) =>
          p.content?.kind === 'eerstejaarsevaluatie' &&
          p.content.spoor2Decision?.decision === 'start',
      );
    if (spoor2Started && !content.parts.some((p) => SPOOR_2_KINDS.has(p.kind))) {
      findings.push(
        missingPart('spoor-2-voortgang', 'warning', {
          nl: 'terwijl spoor 2 is gestart',
          en: 'while track 2 has started',
        }),
      );
    }
  }

  const eindDate = eindevaluatie?.date;
  if (eindDate !== undefined) {
    content.parts.forEach((part, index) => {
      if (part.kind !== 'actueel-oordeel' || part.date === undefined || part.date <= eindDate)
        return;
      findings.push(
        documentFinding(
          KIND,
          'actueel-oordeel-after-eindevaluatie',
          'error',
          ['parts', index, 'date'],
          {
            nl: `Het actueel oordeel (${formatDate(part.date)}) is van na de eindevaluatie (${formatDate(eindDate)}); de eindevaluatie moet erop gebaseerd zijn.`,
            en: `The current judgement (${formatDate(part.date, 'en')}) is dated after the final evaluation (${formatDate(eindDate, 'en')}), which must be based on it.`,
          },
          SOURCES.rivForm,
        ),
      );
    });
  }
  return findings;
}
