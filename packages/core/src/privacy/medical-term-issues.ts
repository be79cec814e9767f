import type { Issue, IssuePath } from '../issues/issue.js';
import { findMedicalTerms } from './find-medical-terms.js';
import { MEDICAL_TERMS, MEDICAL_TERMS_SOURCE } from './medical-terms.js';

/**
 * The codes of the privacy screen's issues: `privacy/medical-term`, a free text that names
 * something medical.
 *
 * @example
 * ```ts
 * MEDICAL_TERM_ISSUE_CODES[0]; // 'privacy/medical-term'
 * ```
 * @category Privacy
 */
export const MEDICAL_TERM_ISSUE_CODES = ['privacy/medical-term'] as const;

/**
 * A code of {@link MEDICAL_TERM_ISSUE_CODES}.
 *
 * @example
 * ```ts
 * const code: MedicalTermIssueCode = 'privacy/medical-term';
 * ```
 * @category Privacy
 */
export type MedicalTermIssueCode = (typeof MEDICAL_TERM_ISSUE_CODES)[number];

const list = (labels: string[], and: string): string =>
  labels.length < 2
    ? (labels[0] ?? '')
    : `${labels.slice(0, -1).join(', ')} ${and} ${labels.at(-1)}`;

/**
 * Screens free texts for medical terms ({@link findMedicalTerms}) and returns one `error` issue
 * per text that names something medical: code `privacy/medical-term`, the text's `path`, and a
 * message in Dutch and English that names only the classes of what was found (diagnosis,
 * medication, …), never the text or the term, so the issue can be logged and shown safely.
 *
 * @param entries - The texts with their paths, e.g. every free-text field of a document.
 * @returns The issues, in the order of `entries`; empty when no text names anything medical.
 * @see AP Beleidsregels "De zieke werknemer" (BWBR0037896) §4.7, §5.2.2
 * @example
 * ```ts
 * medicalTermIssues([{ path: ['functionalSummary', 'limitations', 0], text: 'Gebruikt oxycodon.' }]);
 * // [{ code: 'privacy/medical-term', severity: 'error', path: ['functionalSummary', 'limitations', 0],
 * //    message: { nl: 'Dit veld bevat een medisch gegeven (medicatie); een werkgever mag dat niet vastleggen. …', … } }]
 * ```
 * @category Privacy
 */
export function medicalTermIssues(
  entries: Iterable<{ path: IssuePath; text: string }>,
): Issue<MedicalTermIssueCode>[] {
  const issues: Issue<MedicalTermIssueCode>[] = [];
  for (const { path, text } of entries) {
    const found = new Set(findMedicalTerms(text).map((hit) => hit.termClass));
    if (found.size === 0) continue;
    const rows = MEDICAL_TERMS.filter((row) => found.has(row.id));
    const nl = list(
      rows.map((row) => row.label.nl),
      'en',
    );
    const en = list(
      rows.map((row) => row.label.en),
      'and',
    );
    issues.push({
      code: 'privacy/medical-term',
      severity: 'error',
      path,
      message:
        rows.length === 1
          ? {
              nl: `Dit veld bevat een medisch gegeven (${nl}); een werkgever mag dat niet vastleggen. Beschrijf alleen functionele beperkingen en mogelijkheden.`,
              en: `This field contains medical data (${en}), which an employer may not record. Describe functional limitations and possibilities only.`,
            }
          : {
              nl: `Dit veld bevat medische gegevens (${nl}); een werkgever mag die niet vastleggen. Beschrijf alleen functionele beperkingen en mogelijkheden.`,
              en: `This field contains medical data (${en}), which an employer may not record. Describe functional limitations and possibilities only.`,
            },
      source: MEDICAL_TERMS_SOURCE,
    });
  }
  return issues;
}
