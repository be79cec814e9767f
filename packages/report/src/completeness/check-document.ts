import {
  type Finding,
  formatDate,
  type IsoDate,
  type Severity,
  todayInAmsterdam,
} from '@poortwachter/core';
import type { ResolvedDocumentContent } from '@poortwachter/schema';
import { RIV_PART_TITLES } from '@poortwachter/schema/kinds';
import { checkSpoor2Dossier } from '../spoor2/check-spoor2-dossier.js';
import { checkSpoor2Report } from '../spoor2/check-spoor2-report.js';
import { checkAdministrativeData } from './check-administrative-data.js';
import { checkAuthors } from './check-authors.js';
import { checkEvaluationSchedule } from './check-evaluation-schedule.js';
import { checkMedicalTerms } from './check-medical-terms.js';
import { checkPastDates } from './check-past-dates.js';
import { checkPlanActivities } from './check-plan-activities.js';
import { checkRequiredParts } from './check-required-parts.js';
import { checkRivParts } from './check-riv-parts.js';
import { checkSignatures } from './check-signatures.js';
import { checkSpoor2Decision } from './check-spoor-2-decision.js';
import type { DocumentIssueCode } from './document-problems.js';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function checkOne(
  content: ResolvedDocumentContent,
  asOf: IsoDate,
  withCase: boolean,
): Finding<DocumentIssueCode>[] {
  return [
    ...(withCase ? checkAdministrativeData(content) : []),
    ...(content.kind === 'dossieroverzicht'
      ? []
      : checkAuthors(content.kind, content.authors, ['authors'], {
          nl: 'Dit document',
          en: 'This document',
        })),
    ...checkRequiredParts(content),
    ...checkSignatures(content),
    ...checkPlanActivities(content),
    ...checkSpoor2Decision(content),
    ...checkEvaluationSchedule(content),
    ...checkSpoor2Report(content),
    ...(content.kind === 're-integratieverslag'
      ? [...checkRivParts(content), ...checkSpoor2Dossier(content)]
      : []),
    ...checkPastDates(content, asOf),
    ...checkMedicalTerms(content),
  ];
}

/**
 * Checks a document for completeness before it is rendered or filed, and returns what is missing
 * or wrong as findings ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#4-findings | docs/contract.md §4}, with `path` to the content field): `error` when the
 * document cannot be filed, `warning` for an incomplete optional part. Codes are
 * `document/<kind>/<problem>`: `missing-bsn`, `missing-case-field`, `no-authors`,
 * `author-without-name`, `author-without-function`, `missing-part`, `near-empty`, `unsigned`,
 * `spoor-2-decision-without-motivation`, `spoor-2-start-incomplete`, `evaluation-gap`,
 * `no-eerstejaarsevaluatie-moment`, `undated-part`, `actueel-oordeel-after-eindevaluatie`,
 * `part-of-other-case`, `dated-after-as-of`, `medical-term`; for the spoor-2 reports, checked
 * against the case's trajectory (`checkSpoor2Report`), `no-trajectory`, `outside-trajectory`,
 * `period-after-date`, `phase-after-eindrapportage`, `application-outside-mediation`,
 * `register-mismatch`, `not-shown`, and for a verslag whose spoor-2 parts use another case file,
 * `totals-disagree` (`checkSpoor2Dossier`). The parts of a re-integratieverslag written with this
 * library are checked as well, with their path under `parts[i].contentFile` and their title in
 * the message. Messages are in Dutch and English and never contain a value of the content or the
 * case, such as the BSN.
 *
 * @param content - Resolved content (from `resolveDocumentContent` of `@poortwachter/schema`).
 * @param options - `asOf`: the date the content is judged on (default today in Europe/Amsterdam).
 * @returns The findings, errors first, then warnings; empty for a complete document.
 * @see Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2;
 * Regeling procesgang eerste en tweede ziektejaar (BWBR0013540) art. 4; BW 7:658a lid 3
 * @example
 * ```ts
 * import { parseDocumentContent } from '@poortwachter/schema';
 *
 * const parsed = parseDocumentContent(input);
 * if (parsed.success) {
 *   for (const f of checkDocument(parsed.data, { asOf: '2025-10-20' })) console.log(f.severity, f.message.nl);
 * }
 * ```
 * @category Completeness
 */
export function checkDocument(
  content: ResolvedDocumentContent,
  options: { asOf?: IsoDate } = {},
): Finding<DocumentIssueCode>[] {
  const asOf = options.asOf ?? todayInAmsterdam();
  const findings = checkOne(content, asOf, true);
  if (content.kind === 're-integratieverslag') {
    content.parts.forEach((part, index) => {
      if (part.content === undefined) return;
      const title = RIV_PART_TITLES[part.kind];
      const date = part.content.date;
      for (const finding of checkOne(part.content, asOf, part.content.case !== content.case)) {
        findings.push({
          ...finding,
          path: ['parts', index, 'contentFile', ...(finding.path ?? [])],
          message: {
            nl: `${title.nl} van ${formatDate(date)}: ${finding.message.nl}`,
            en: `${title.en} of ${formatDate(date, 'en')}: ${finding.message.en}`,
          },
        });
      }
    });
  }
  return findings
    .map((finding, i) => ({ finding, i }))
    .sort((a, b) => ORDER[a.finding.severity] - ORDER[b.finding.severity] || a.i - b.i)
    .map(({ finding }) => finding);
}
