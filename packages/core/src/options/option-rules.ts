import type { LocalizedText } from '../types.js';

/**
 * One reading of an open rule: a value of an option, described in Dutch and English.
 *
 * @example
 * ```ts
 * const v: OptionValueRow = { value: 'week-6', description: { nl: 'sd(42)', en: 'sd(42)' } };
 * ```
 * @category Options
 */
export interface OptionValueRow {
  readonly value: string;
  readonly description: LocalizedText;
}

/**
 * One row of {@link OPTION_RULES}: an option, what it decides, its values (the first is the
 * default) or its kind, and the source of the reading.
 *
 * @example
 * ```ts
 * const row: OptionRule = OPTION_RULES[0];
 * ```
 * @category Options
 */
export type OptionRule =
  | {
      readonly name: string;
      readonly kind: 'choice';
      readonly label: LocalizedText;
      readonly values: readonly [OptionValueRow, ...OptionValueRow[]];
      readonly source: string;
    }
  | {
      readonly name: string;
      readonly kind: 'integer';
      readonly label: LocalizedText;
      readonly min: number;
      readonly default: number;
      readonly source: string;
    }
  | {
      readonly name: string;
      readonly kind: 'calendar';
      readonly label: LocalizedText;
      readonly source: string;
    };

/**
 * The open readings of the rules as data: every option, its default (the first value) and its
 * alternatives, each described, with the source of the reading. The engine validates options
 * against this table, `@poortwachter/schema` builds its option schema from it, and the rules
 * reference ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md | docs/rules.md}) is generated from it.
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#6-open-readings | docs/rules.md ("Open readings")}
 * @example
 * ```ts
 * OPTION_RULES.map((o) => o.name);
 * // ['probleemanalyseDeadline', 'processDeadlines', 'leaveAndGaps', 'wiaInformatiebrief', …]
 * ```
 * @category Options
 */
export const OPTION_RULES = [
  {
    name: 'probleemanalyseDeadline',
    kind: 'choice',
    label: { nl: 'Termijn probleemanalyse', en: 'Problem analysis deadline' },
    values: [
      {
        value: 'week-6',
        description: {
          nl: '"binnen zes weken" is uiterlijk in week 6: ziektedag 42',
          en: '"within six weeks" is by the end of week 6: sick day 42',
        },
      },
      {
        value: 'six-weeks-after-d1',
        description: {
          nl: 'zes weken na de eerste ziektedag: ziektedag 43',
          en: 'six weeks after the first sick day: sick day 43',
        },
      },
    ],
    source: 'Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 2 ("binnen zes weken")',
  },
  {
    name: 'processDeadlines',
    kind: 'choice',
    label: { nl: 'Procestermijnen en hersteldagen', en: 'Process deadlines and recovery gaps' },
    values: [
      {
        value: 'sick-days',
        description: {
          nl: 'probleemanalyse, plan van aanpak, evaluaties, eerstejaarsevaluatie en start spoor 2 tellen in ziektedagen en schuiven met hersteldagen op',
          en: 'problem analysis, plan of action, evaluations, first-year evaluation and start of track 2 count sick days and move with recovery gaps',
        },
      },
      {
        value: 'calendar',
        description: {
          nl: 'die termijnen tellen in kalenderdagen vanaf de eerste ziektedag; de 42-wekenmelding en de 104 weken tellen altijd ziektedagen',
          en: 'those deadlines count calendar days from the first sick day; the 42-week report and the 104 weeks always count sick days',
        },
      },
    ],
    source: 'BW 7:629 lid 10 (samentelling); praktijk verschilt',
  },
  {
    name: 'leaveAndGaps',
    kind: 'choice',
    label: { nl: 'Verlof en de grens van 4 weken', en: 'Leave and the 4-week gap' },
    values: [
      {
        value: 'statute',
        description: {
          nl: 'ziekte direct vóór en direct na zwangerschaps- en bevallingsverlof telt samen; anders zijn verlofdagen gewone tussendagen',
          en: 'sickness directly before and directly after pregnancy and childbirth leave adds up; otherwise leave days are ordinary gap days',
        },
      },
      {
        value: 'exclude-leave-days',
        description: {
          nl: 'verlofdagen tellen bij geen enkel gat mee',
          en: 'leave days are left out of every gap',
        },
      },
    ],
    source: 'BW 7:629 lid 10 (samentelling over WAZO-verlof)',
  },
  {
    name: 'wiaInformatiebrief',
    kind: 'choice',
    label: { nl: 'WIA-informatiebrief van UWV', en: 'WIA information letter from UWV' },
    values: [
      {
        value: 'week-89',
        description: { nl: 'na 89 weken: ziektedag 624', en: 'after 89 weeks: sick day 624' },
      },
      {
        value: 'week-88',
        description: {
          nl: 'na 88 weken: ziektedag 617 (praktijkteksten)',
          en: 'after 88 weeks: sick day 617 (practice texts)',
        },
      },
    ],
    source:
      'Wet WIA art. 64 lid 2, gewijzigd bij de Verzamelwet SZW 2013 (Kamerstuk 33556: "na 89 weken in plaats van na 87 weken")',
  },
  {
    name: 'startSpoor2',
    kind: 'choice',
    label: { nl: 'Uiterste start spoor 2', en: 'Latest start of track 2' },
    values: [
      {
        value: 'werkwijzer',
        description: {
          nl: 'de eerdere van eerstejaarsevaluatie + 6 weken en ziektedag 406 (einde week 58)',
          en: 'the earlier of first-year evaluation + 6 weeks and sick day 406 (end of week 58)',
        },
      },
      {
        value: 'one-year',
        description: {
          nl: 'na een jaar: ziektedag 364 (Engelstalige UWV-pagina’s)',
          en: "after one year: sick day 364 (UWV's English pages)",
        },
      },
    ],
    source: 'UWV Werkwijzer Poortwachter §4.3',
  },
  {
    name: 'vervroegdeIvaWindowStart',
    kind: 'choice',
    label: {
      nl: 'Begin venster vervroegde IVA-aanvraag',
      en: 'Start of the early IVA application window',
    },
    values: [
      {
        value: 'after-3-weeks',
        description: { nl: 'na 3 weken: ziektedag 22', en: 'after 3 weeks: sick day 22' },
      },
      {
        value: 'after-13-weeks',
        description: { nl: 'na 13 weken: ziektedag 92', en: 'after 13 weeks: sick day 92' },
      },
    ],
    source: 'Wet WIA art. 23 en 66',
  },
  {
    name: 'weekendDeadlines',
    kind: 'choice',
    label: {
      nl: 'Termijnen in het weekend of op een feestdag',
      en: 'Deadlines on a weekend or public holiday',
    },
    values: [
      {
        value: 'unchanged',
        description: {
          nl: 'ongewijzigd: de regels noemen weken, geen termijnen',
          en: 'unchanged: the rules name weeks, not terms',
        },
      },
      {
        value: 'roll-to-working-day',
        description: {
          nl: 'wettelijke termijnen voor een handeling schuiven naar de eerstvolgende werkdag; het einde van de wachttijd en het begin van een venster niet',
          en: 'legal deadlines for an act move to the next working day; the end of the waiting period and window starts do not',
        },
      },
    ],
    source: 'Algemene termijnenwet art. 1 (ruim gelezen)',
  },
  {
    name: 'workingDays',
    kind: 'calendar',
    label: { nl: 'Werkdagenkalender', en: 'Working-day calendar' },
    source: 'Algemene termijnenwet art. 3; een eigen kalender van de gebruiker',
  },
  {
    name: 'dueSoonDays',
    kind: 'integer',
    label: {
      nl: 'Dagen vooraf waarin een mijlpaal "binnenkort" is',
      en: 'Days ahead in which a milestone is "due soon"',
    },
    min: 0,
    default: 14,
    source: 'instelling van deze bibliotheek',
  },
] as const satisfies readonly OptionRule[];

/**
 * The name of an option of {@link OPTION_RULES}.
 *
 * @example
 * ```ts
 * const name: RuleOptionName = 'startSpoor2';
 * ```
 * @category Options
 */
export type RuleOptionName = (typeof OPTION_RULES)[number]['name'];

/**
 * The values a choice option can take, derived from {@link OPTION_RULES}.
 *
 * @typeParam N - The option's name.
 * @example
 * ```ts
 * const v: OptionValue<'startSpoor2'> = 'one-year';
 * ```
 * @category Options
 */
export type OptionValue<N extends RuleOptionName> = Extract<
  (typeof OPTION_RULES)[number],
  { name: N; kind: 'choice' }
>['values'][number]['value'];
