import type { LocalizedText } from '@poortwachter/core';
import type { DocumentKind } from '@poortwachter/schema';

/**
 * Every problem the completeness check (`checkDocument`) reports, with what it means. A finding's
 * code is `document/<kind>/<problem>` ({@link DocumentIssueCode}); its message says which field
 * and why, in Dutch and English, and never holds a value of the content.
 *
 * @example
 * ```ts
 * DOCUMENT_PROBLEMS.unsigned.en; // 'A signature the document needs is missing.'
 * ```
 * @category Completeness
 */
export const DOCUMENT_PROBLEMS = {
  'missing-bsn': {
    nl: 'Het BSN van de werknemer ontbreekt; het staat op elk onderdeel van het re-integratieverslag.',
    en: "The employee's BSN is missing; it is on every part of the re-integratieverslag.",
  },
  'missing-case-field': {
    nl: 'Een gegeven uit het dossier dat het document toont, ontbreekt.',
    en: 'A field of the case that the document shows is missing.',
  },
  'no-authors': {
    nl: 'Het document of onderdeel vermeldt geen auteur.',
    en: 'The document or part names no author.',
  },
  'author-without-name': {
    nl: 'Een auteur heeft geen naam.',
    en: 'An author has no name.',
  },
  'author-without-function': {
    nl: 'Een auteur heeft geen functie.',
    en: 'An author has no function.',
  },
  'missing-part': {
    nl: 'Een onderdeel dat het document moet of zou moeten hebben, ontbreekt.',
    en: 'A part the document must or should hold is missing.',
  },
  'near-empty': {
    nl: 'Een onderdeel is er, maar zo goed als leeg.',
    en: 'A part is there but next to empty.',
  },
  unsigned: {
    nl: 'Een ondertekening die het document nodig heeft, ontbreekt.',
    en: 'A signature the document needs is missing.',
  },
  'spoor-2-decision-without-motivation': {
    nl: 'Het besluit om geen spoor 2 te starten heeft geen motivering.',
    en: 'The decision not to start spoor 2 has no motivation.',
  },
  'spoor-2-start-incomplete': {
    nl: 'Bij de start van spoor 2 ontbreekt de startdatum of de aanbieder.',
    en: 'The start of spoor 2 lacks its start date or its provider.',
  },
  'evaluation-gap': {
    nl: 'Twee evaluatiemomenten liggen meer dan zes weken uit elkaar.',
    en: 'Two evaluation moments are more than six weeks apart.',
  },
  'no-eerstejaarsevaluatie-moment': {
    nl: 'De evaluatiemomenten noemen de eerstejaarsevaluatie niet.',
    en: 'The evaluation moments do not include the first-year evaluation.',
  },
  'undated-part': {
    nl: 'Een onderdeel van het re-integratieverslag heeft geen datum.',
    en: 'A part of the re-integratieverslag has no date.',
  },
  'actueel-oordeel-after-eindevaluatie': {
    nl: 'Het actueel oordeel is later gedateerd dan de eindevaluatie die erop steunt.',
    en: 'The actueel oordeel is dated after the eindevaluatie that builds on it.',
  },
  'part-of-other-case': {
    nl: 'Een onderdeel hoort bij een ander dossier dan het verslag.',
    en: 'A part belongs to another case than the verslag.',
  },
  'unknown-intermediate-goal': {
    nl: 'Een activiteit verwijst naar een tussendoel dat het plan niet heeft.',
    en: 'An activity refers to an intermediate goal the plan does not have.',
  },
  'undated-signature': {
    nl: 'Van een ondertekening in een onderdeel van het re-integratieverslag is niet vastgelegd wanneer die is gezet.',
    en: 'A signature of a part of the re-integratieverslag does not record when it was made.',
  },
  'medical-term': {
    nl: 'Een vrij tekstveld noemt iets medisch (diagnose, klachten, medicatie, behandeling, behandelaar).',
    en: 'A free-text field names something medical (diagnosis, complaints, medication, treatment, physician).',
  },
  'dated-after-as-of': {
    nl: 'Een datum van iets dat al gebeurd is, ligt na de peildatum.',
    en: 'A date of something that has already happened is after the reference date.',
  },
  'no-trajectory': {
    nl: 'Het dossier heeft geen spoor-2-traject (spoor2), waaruit een spoor-2-rapportage haar feiten haalt.',
    en: 'The case has no spoor-2 trajectory (spoor2), which a spoor-2 report takes its facts from.',
  },
  'outside-trajectory': {
    nl: 'De periode of datum van een spoor-2-rapportage valt buiten het traject.',
    en: 'The period or date of a spoor-2 report lies outside the trajectory.',
  },
  'period-after-date': {
    nl: 'De periode van een voortgangsrapportage loopt door na de datum van de rapportage.',
    en: 'The period of a progress report runs on after the date of the report.',
  },
  'phase-after-eindrapportage': {
    nl: 'Een fase van het traject eindigt na de eindrapportage, of loopt dan nog.',
    en: 'A phase of the trajectory ends after the final report, or is still running then.',
  },
  'application-outside-mediation': {
    nl: 'Een sollicitatie ligt vóór het begin van de bemiddeling of na het einde van het traject.',
    en: 'An application is dated before the mediation period begins or after the trajectory ended.',
  },
  'totals-disagree': {
    nl: 'De cijfers van een spoor-2-rapportage verschillen van het logboek in het dossier.',
    en: 'The figures of a spoor-2 report differ from the log in the case.',
  },
  'register-mismatch': {
    nl: 'Een spoor-2-rapportage staat niet, of met een ander nummer of een andere datum, in het register van het traject.',
    en: 'A spoor-2 report is missing from the trajectory’s register, or is there with another number or date.',
  },
  'not-shown': {
    nl: 'Een veld van de inhoud wordt niet getoond, omdat het hier niet van toepassing is.',
    en: 'A field of the content is not shown, because it does not apply here.',
  },
} as const satisfies Record<string, LocalizedText>;

/**
 * A problem of {@link DOCUMENT_PROBLEMS}, such as `unsigned`.
 *
 * @example
 * ```ts
 * const problem: DocumentProblem = 'near-empty';
 * ```
 * @category Completeness
 */
export type DocumentProblem = keyof typeof DOCUMENT_PROBLEMS;

/**
 * The code of a completeness finding: `document/<kind>/<problem>`, a closed union of every
 * document kind and every problem of {@link DOCUMENT_PROBLEMS}, so a `switch` over it is checked
 * and a typo does not compile.
 *
 * @example
 * ```ts
 * const blocking = (code: DocumentIssueCode) => code.endsWith('/unsigned');
 * const code: DocumentIssueCode = 'document/plan-van-aanpak/unsigned';
 * ```
 * @category Completeness
 */
export type DocumentIssueCode = `document/${DocumentKind}/${DocumentProblem}`;
