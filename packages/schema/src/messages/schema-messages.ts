import type { LocalizedText } from '@poortwachter/core';

/**
 * The codes of the problems that this package's own refinements report (besides zod's own codes
 * and the codes of core's `validateCaseInput`).
 *
 * @example
 * ```ts
 * const code: SchemaMessageCode = 'bsn/checksum';
 * ```
 * @category Messages
 */
export type SchemaMessageCode =
  | 'date/invalid'
  | 'text/blank'
  | 'bsn/format'
  | 'bsn/checksum'
  | 'bsn/zero'
  | 'loonheffingennummer/format';

/**
 * The Dutch and English texts of this package's own refinements. No text contains an input
 * value, so a BSN or health data can never reach a message through them.
 *
 * @example
 * ```ts
 * SCHEMA_MESSAGES['date/invalid'].nl; // 'Dit is geen bestaande datum in de vorm JJJJ-MM-DD.'
 * ```
 * @category Messages
 */
export const SCHEMA_MESSAGES: Readonly<Record<SchemaMessageCode, LocalizedText>> = {
  'date/invalid': {
    nl: 'Dit is geen bestaande datum in de vorm JJJJ-MM-DD.',
    en: 'This is not an existing date in the form YYYY-MM-DD.',
  },
  'text/blank': {
    nl: 'Dit veld mag niet leeg zijn.',
    en: 'This field must not be empty.',
  },
  'bsn/format': {
    nl: 'Een burgerservicenummer bestaat uit 9 cijfers (of 8, waar dan een 0 voor komt).',
    en: 'A citizen service number (BSN) has 9 digits (or 8, which get a leading 0).',
  },
  'bsn/checksum': {
    nl: 'Dit is geen geldig burgerservicenummer: het doorstaat de elfproef niet.',
    en: 'This is not a valid citizen service number (BSN): it fails the eleven test (elfproef).',
  },
  'bsn/zero': {
    nl: 'Een burgerservicenummer kan niet uit alleen nullen bestaan.',
    en: 'A citizen service number (BSN) cannot consist of zeros only.',
  },
  'loonheffingennummer/format': {
    nl: 'Een loonheffingennummer bestaat uit 9 cijfers, de letter L en 2 cijfers (zoals 001234567L01).',
    en: 'A wage tax number (loonheffingennummer) is 9 digits, the letter L and 2 digits (such as 001234567L01).',
  },
};
