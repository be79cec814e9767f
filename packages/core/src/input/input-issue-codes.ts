import type { LocalizedText } from '../types.js';

/**
 * Every problem with an input that the library reports, by code, with its message in Dutch and
 * English. Core's own checks and `@poortwachter/schema` use the same codes and the same words
 * for the same problem. No message contains an input value.
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#issues | docs/contract.md ("Issues")}
 * @example
 * ```ts
 * INPUT_ISSUE_MESSAGES['period/overlap'].nl; // 'Deze ziekteperiode overlapt met een andere ziekteperiode.'
 * ```
 * @category Issues
 */
export const INPUT_ISSUE_MESSAGES = {
  'date/invalid': {
    nl: 'Dit is geen bestaande datum in de vorm JJJJ-MM-DD.',
    en: 'This is not an existing date in the form YYYY-MM-DD.',
  },
  'date/has-time': {
    nl: 'Geef alleen een datum, zonder tijd (JJJJ-MM-DD). Een tijdstip uit een ander systeem zet u om met dateInAmsterdam().',
    en: 'Give only a date, without a time (YYYY-MM-DD). Convert an instant from another system with dateInAmsterdam().',
  },
  'periods/empty': {
    nl: 'Er is geen ziekteperiode: geef er minstens één.',
    en: 'There is no sick period: give at least one.',
  },
  'period/end-before-start': {
    nl: 'De einddatum ligt vóór de begindatum.',
    en: 'The end date is before the start date.',
  },
  'period/overlap': {
    nl: 'Deze ziekteperiode overlapt met een andere ziekteperiode.',
    en: 'This sick period overlaps another sick period.',
  },
  'period/open-not-latest': {
    nl: 'Alleen de laatste ziekteperiode mag open zijn (zonder einddatum).',
    en: 'Only the latest sick period may be open (without an end date).',
  },
  'leave/overlaps-sickness': {
    nl: 'Deze verlofperiode overlapt met een ziekteperiode; verlofdagen zijn geen ziektedagen.',
    en: 'This leave period overlaps a sick period; leave days are not sick days.',
  },
  'field/required': {
    nl: 'Dit veld is verplicht.',
    en: 'This field is required.',
  },
  'field/type': {
    nl: 'Verkeerd soort waarde voor dit veld.',
    en: 'Wrong kind of value for this field.',
  },
  'field/integer': {
    nl: 'Dit moet een geheel getal zijn.',
    en: 'This must be a whole number.',
  },
  'field/choice': {
    nl: 'Ongeldige waarde voor dit veld.',
    en: 'Invalid value for this field.',
  },
  'field/not-object': {
    nl: 'De invoer moet een JSON-object zijn: { … }.',
    en: 'The input must be a JSON object: { … }.',
  },
  'field/unknown': {
    nl: 'Onbekend veld: verwijder het of controleer de spelling.',
    en: 'Unknown field: remove it or check the spelling.',
  },
  'field/too-small': {
    nl: 'Deze waarde is te klein.',
    en: 'This value is too small.',
  },
  'field/too-big': {
    nl: 'Deze waarde is te groot.',
    en: 'This value is too big.',
  },
  'field/format': {
    nl: 'Deze waarde heeft niet de juiste vorm.',
    en: 'This value does not have the right form.',
  },
  'text/blank': {
    nl: 'Dit veld mag niet leeg zijn.',
    en: 'This field must not be empty.',
  },
  'option/invalid': {
    nl: 'Deze optie heeft een ongeldige waarde.',
    en: 'This option has an invalid value.',
  },
  'option/unknown': {
    nl: 'Onbekende optie: verwijder haar of controleer de spelling.',
    en: 'Unknown option: remove it or check the spelling.',
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
  'spoor2/before-referral': {
    nl: 'Deze datum ligt vóór de aanmelding van het spoor-2-traject.',
    en: 'This date is before the referral of the spoor-2 trajectory.',
  },
  'spoor2/plan-before-intake': {
    nl: 'Het trajectplan is gedateerd vóór de intake.',
    en: 'The trajectplan is dated before the intake.',
  },
  'spoor2/after-end': {
    nl: 'Deze datum ligt na het einde van het spoor-2-traject.',
    en: 'This date is after the end of the spoor-2 trajectory.',
  },
  'spoor2/report-number-duplicate': {
    nl: 'Dit rapportnummer komt al voor bij een rapport van dezelfde soort.',
    en: 'This report number is already used by a report of the same kind.',
  },
} as const satisfies Record<string, LocalizedText>;

/**
 * The codes of input problems: a closed union derived from {@link INPUT_ISSUE_MESSAGES}.
 *
 * @example
 * ```ts
 * const isDate = (issue: InputIssue) => issue.code === 'date/invalid' || issue.code === 'date/has-time';
 * ```
 * @category Issues
 */
export type InputIssueCode = keyof typeof INPUT_ISSUE_MESSAGES;
