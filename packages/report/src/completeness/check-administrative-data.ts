import type { Finding, LocalizedText, Severity } from '@poortwachter/core';
import type { DocumentKind, ResolvedDocumentContent } from '@poortwachter/schema';
import { documentFinding } from './document-finding.js';
import type { DocumentIssueCode } from './document-problems.js';
import { isMissing } from './is-missing.js';
import { SOURCES } from './sources.js';
import { valueAt } from './value-at.js';

interface CaseField {
  path: string[];
  label: LocalizedText;
  severity: Severity;
}

const field = (path: string[], severity: Severity, nl: string, en: string): CaseField => ({
  path,
  severity,
  label: { nl, en },
});

const NAME = field(
  ['employee', 'name'],
  'error',
  'de naam van de werknemer',
  "the employee's name",
);
const EMPLOYER = field(
  ['employer', 'name'],
  'error',
  'de naam van de werkgever',
  "the employer's name",
);

/** The case fields each kind shows, besides the BSN (documents.md). */
const CASE_FIELDS: Readonly<Record<DocumentKind, readonly CaseField[]>> = {
  'plan-van-aanpak': [
    NAME,
    field(
      ['employee', 'address'],
      'warning',
      'het adres van de werknemer',
      "the employee's address",
    ),
    field(
      ['employee', 'dateOfBirth'],
      'warning',
      'de geboortedatum van de werknemer',
      "the employee's date of birth",
    ),
    field(
      ['employee', 'function'],
      'warning',
      'de functie van de werknemer',
      "the employee's function",
    ),
    field(
      ['employee', 'hoursPerWeek'],
      'warning',
      'de contracturen van de werknemer',
      "the employee's contract hours",
    ),
    EMPLOYER,
    field(
      ['employer', 'address'],
      'warning',
      'het adres van de werkgever',
      "the employer's address",
    ),
    field(
      ['employer', 'loonheffingennummer'],
      'warning',
      'het loonheffingennummer van de werkgever',
      "the employer's wage tax number",
    ),
    field(
      ['bedrijfsarts'],
      'warning',
      'de bedrijfsarts of arbodienst',
      'the occupational physician or health service',
    ),
    field(['casemanager', 'name'], 'error', 'de naam van de casemanager', "the casemanager's name"),
    field(
      ['casemanager', 'function'],
      'warning',
      'de functie van de casemanager',
      "the casemanager's function",
    ),
  ],
  bijstelling: [NAME, EMPLOYER],
  eerstejaarsevaluatie: [NAME, EMPLOYER],
  'spoor-2-trajectplan': [NAME, EMPLOYER],
  'spoor-2-voortgang': [NAME, EMPLOYER],
  'spoor-2-eindrapportage': [NAME, EMPLOYER],
  're-integratieverslag': [
    NAME,
    field(
      ['employee', 'dateOfBirth'],
      'warning',
      'de geboortedatum van de werknemer',
      "the employee's date of birth",
    ),
    field(
      ['employee', 'function'],
      'error',
      'de functie van de werknemer',
      "the employee's function",
    ),
    EMPLOYER,
    field(
      ['employer', 'loonheffingennummer'],
      'warning',
      'het loonheffingennummer van de werkgever',
      "the employer's wage tax number",
    ),
    field(
      ['employer', 'natureOfBusiness'],
      'error',
      'de aard van het bedrijf',
      'the nature of the business',
    ),
    // What UWV asks with a WIA application besides the verslag.
    field(
      ['employee', 'employment', 'startDate'],
      'warning',
      'de datum waarop de werknemer in dienst kwam',
      'the date the employment started',
    ),
    field(
      ['employee', 'employment', 'contractType'],
      'warning',
      'de soort arbeidsovereenkomst',
      'the kind of employment contract',
    ),
    field(
      ['employee', 'employment', 'workPattern'],
      'warning',
      'het werkpatroon van de werknemer',
      "the employee's work pattern",
    ),
    field(
      ['employer', 'contactPerson'],
      'warning',
      'de contactpersoon van de werkgever',
      "the employer's contact person",
    ),
    field(
      ['employer', 'eigenrisicodrager'],
      'warning',
      'of de werkgever eigenrisicodrager is (WGA, Ziektewet)',
      'whether the employer is a self-insurer (WGA, Sickness Benefits Act)',
    ),
  ],
  dossieroverzicht: [],
};

/**
 * Reports the administrative data a document takes from the case and the case lacks: the BSN on
 * every document that becomes part of the re-integratieverslag (all kinds except the
 * dossieroverzicht; `missing-bsn`), and per kind the names, addresses, function and the like
 * that it shows (`missing-case-field`, with the path into `case`). Messages name the field,
 * never its value.
 *
 * @param content - Resolved content of any kind.
 * @returns The findings.
 * @see Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2 (BSN on every document); Regeling procesgang eerste en tweede ziektejaar (BWBR0013540) art. 4
 * @example
 * ```ts
 * checkAdministrativeData({ ...planVanAanpak, case: { sickPeriods: [{ start: '2024-02-05' }] } });
 * // [{ code: 'document/plan-van-aanpak/missing-bsn', path: ['case', 'employee', 'bsn'], … }, …]
 * ```
 * @category Completeness
 */
export function checkAdministrativeData(
  content: ResolvedDocumentContent,
): Finding<DocumentIssueCode>[] {
  const findings: Finding<DocumentIssueCode>[] = [];
  if (content.kind !== 'dossieroverzicht' && isMissing(content.case.employee?.bsn)) {
    findings.push(
      documentFinding(
        content.kind,
        'missing-bsn',
        'error',
        ['case', 'employee', 'bsn'],
        {
          nl: 'Het burgerservicenummer van de werknemer ontbreekt in het dossier; UWV wil het op elk document.',
          en: "The employee's citizen service number (BSN) is missing from the case; UWV wants it on every document.",
        },
        SOURCES.rivForm,
      ),
    );
  }
  for (const { path, label, severity } of CASE_FIELDS[content.kind]) {
    if (!isMissing(valueAt(content.case, path))) continue;
    findings.push(
      documentFinding(content.kind, 'missing-case-field', severity, ['case', ...path], {
        nl: `Dit ontbreekt in het dossier (case): ${label.nl}.`,
        en: `Missing from the case: ${label.en}.`,
      }),
    );
  }
  return findings;
}
