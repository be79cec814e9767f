import { firstSickDay, formatDate } from '@poortwachter/core';
import type { ResolvedDocumentContent } from '@poortwachter/schema';
import { documentTitleOf } from '../documents/document-title-of.js';
import { authorsText } from '../documents/part-intro.js';
import { formatNumber } from '../format/format-number.js';
import type { Theme } from '../theme/theme.js';

/**
 * The placeholder replaced by the document's body (paragraphs and tables): write `{{inhoud}}`
 * alone in a paragraph of the template.
 *
 * @example
 * ```ts
 * BODY_PLACEHOLDER; // 'inhoud'
 * ```
 * @category Templates
 */
export const BODY_PLACEHOLDER = 'inhoud';

/**
 * How a text placeholder is filled: its value from the content, its case and the theme, and the
 * content field it comes from (the `path` of a `template/no-value` issue).
 *
 * @example
 * ```ts
 * const row: TemplatePlaceholder = { path: ['case', 'employee', 'name'], value: (c) => c.case.employee?.name };
 * ```
 * @category Templates
 */
export interface TemplatePlaceholder {
  path?: (string | number)[];
  value: (content: ResolvedDocumentContent, theme: Theme) => string | undefined;
}

/**
 * The text placeholders a house-style template may use, written `{{name}}` in the template, and
 * how each is filled. `{{inhoud}}` ({@link BODY_PLACEHOLDER}) is replaced by the document's body.
 *
 * @example
 * ```ts
 * Object.keys(TEMPLATE_PLACEHOLDERS); // ['werknemer.naam', 'werknemer.bsn', …]
 * ```
 * @category Templates
 */
export const TEMPLATE_PLACEHOLDERS: Readonly<Record<string, TemplatePlaceholder>> = {
  'werknemer.naam': { path: ['case', 'employee', 'name'], value: (c) => c.case.employee?.name },
  'werknemer.bsn': { path: ['case', 'employee', 'bsn'], value: (c) => c.case.employee?.bsn },
  'werknemer.adres': {
    path: ['case', 'employee', 'address'],
    value: (c) => c.case.employee?.address,
  },
  'werknemer.geboortedatum': {
    path: ['case', 'employee', 'dateOfBirth'],
    value: (c) => c.case.employee?.dateOfBirth && formatDate(c.case.employee.dateOfBirth),
  },
  'werknemer.functie': {
    path: ['case', 'employee', 'function'],
    value: (c) => c.case.employee?.function,
  },
  'werknemer.uren': {
    path: ['case', 'employee', 'hoursPerWeek'],
    value: (c) =>
      c.case.employee?.hoursPerWeek === undefined
        ? undefined
        : formatNumber(c.case.employee.hoursPerWeek),
  },
  'werkgever.naam': { path: ['case', 'employer', 'name'], value: (c) => c.case.employer?.name },
  'werkgever.adres': {
    path: ['case', 'employer', 'address'],
    value: (c) => c.case.employer?.address,
  },
  'werkgever.loonheffingennummer': {
    path: ['case', 'employer', 'loonheffingennummer'],
    value: (c) => c.case.employer?.loonheffingennummer,
  },
  'bedrijfsarts.naam': {
    path: ['case', 'bedrijfsarts', 'name'],
    value: (c) => c.case.bedrijfsarts?.name,
  },
  'bedrijfsarts.organisatie': {
    path: ['case', 'bedrijfsarts', 'organisation'],
    value: (c) => c.case.bedrijfsarts?.organisation,
  },
  'casemanager.naam': {
    path: ['case', 'casemanager', 'name'],
    value: (c) => c.case.casemanager?.name,
  },
  'casemanager.functie': {
    path: ['case', 'casemanager', 'function'],
    value: (c) => c.case.casemanager?.function,
  },
  'document.titel': { value: (c) => documentTitleOf(c) },
  'document.datum': { path: ['date'], value: (c) => formatDate(c.date) },
  'document.versie': { path: ['version'], value: (c) => String(c.version) },
  'document.auteurs': { path: ['authors'], value: (c) => authorsText(c.authors) },
  eersteZiektedag: {
    path: ['case', 'sickPeriods'],
    value: (c) => {
      const d1 = firstSickDay(c.case);
      return d1 && formatDate(d1);
    },
  },
  'organisatie.naam': { value: (_, theme) => theme.organisation?.name },
  'organisatie.adres': { value: (_, theme) => theme.organisation?.address },
};

/**
 * The placeholders a template must contain for a document of this content: the body, title,
 * date and employee name, and the BSN for every document that becomes part of the
 * re-integratieverslag (all kinds but the dossieroverzicht).
 *
 * @param content - Resolved content of any kind.
 * @returns The placeholder names, without braces.
 * @example
 * ```ts
 * requiredPlaceholders(planVanAanpak); // ['inhoud', 'document.titel', 'document.datum', 'werknemer.naam', 'werknemer.bsn']
 * ```
 * @see Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2 (BSN and date on every part)
 * @category Templates
 */
export function requiredPlaceholders(content: ResolvedDocumentContent): string[] {
  const required = [BODY_PLACEHOLDER, 'document.titel', 'document.datum', 'werknemer.naam'];
  return content.kind === 'dossieroverzicht' ? required : [...required, 'werknemer.bsn'];
}
