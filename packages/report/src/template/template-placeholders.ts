import { firstSickDay } from '@poortwachter/core';
import type { ResolvedDocumentContent } from '@poortwachter/schema';
import { documentTitleOf } from '../documents/document-title-of.js';
import { authorsText } from '../documents/part-intro.js';
import { formatDate } from '../format/format-date.js';
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
 * The text placeholders a house-style template may use, written `{{name}}` in the template, and
 * how each is filled from the content, its case and the theme. `{{inhoud}}`
 * ({@link BODY_PLACEHOLDER}) is replaced by the document's body.
 *
 * @example
 * ```ts
 * Object.keys(TEMPLATE_PLACEHOLDERS); // ['werknemer.naam', 'werknemer.bsn', …]
 * ```
 * @category Templates
 */
export const TEMPLATE_PLACEHOLDERS: Readonly<
  Record<string, (content: ResolvedDocumentContent, theme: Theme) => string | undefined>
> = {
  'werknemer.naam': (c) => c.case.employee?.name,
  'werknemer.bsn': (c) => c.case.employee?.bsn,
  'werknemer.adres': (c) => c.case.employee?.address,
  'werknemer.geboortedatum': (c) =>
    c.case.employee?.dateOfBirth && formatDate(c.case.employee.dateOfBirth),
  'werknemer.functie': (c) => c.case.employee?.function,
  'werknemer.uren': (c) =>
    c.case.employee?.hoursPerWeek === undefined
      ? undefined
      : formatNumber(c.case.employee.hoursPerWeek),
  'werkgever.naam': (c) => c.case.employer?.name,
  'werkgever.adres': (c) => c.case.employer?.address,
  'werkgever.loonheffingennummer': (c) => c.case.employer?.loonheffingennummer,
  'bedrijfsarts.naam': (c) => c.case.bedrijfsarts?.name,
  'bedrijfsarts.organisatie': (c) => c.case.bedrijfsarts?.organisation,
  'casemanager.naam': (c) => c.case.casemanager?.name,
  'casemanager.functie': (c) => c.case.casemanager?.function,
  'document.titel': (c) => documentTitleOf(c),
  'document.datum': (c) => formatDate(c.date),
  'document.versie': (c) => String(c.version),
  'document.auteurs': (c) => authorsText(c.authors),
  eersteZiektedag: (c) => {
    const d1 = firstSickDay(c.case);
    return d1 && formatDate(d1);
  },
  'organisatie.naam': (_, theme) => theme.organisation?.name,
  'organisatie.adres': (_, theme) => theme.organisation?.address,
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
