import { formatDay } from '../calendar/format-day.js';
import type { LocalizedText, Severity } from '../types.js';

/** What a warning's message may mention: dates as day numbers, a number of weeks. */
export interface WarningParams {
  day?: number;
  weeks?: number;
}

/**
 * One warning a timeline can carry: its code, the severity of the finding it becomes in
 * `checkCase`, and its message.
 *
 * @example
 * ```ts
 * const row: WarningRule = WARNING_RULES['aow/unknown'];
 * ```
 * @category Findings
 */
export interface WarningRule {
  readonly severity: Severity;
  readonly source: string;
  readonly message: (p: WarningParams) => LocalizedText;
}

/**
 * The warnings of a timeline, by code: a case the rules cannot fully judge, or a fact a person
 * must look at.
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#rule-versions | docs/rules.md ("Rule versions", "AOW age", "Extensions")}
 * @example
 * ```ts
 * Object.keys(WARNING_RULES);
 * // ['rules/version', 'aow/at-start', 'aow/during-case', 'aow/unknown', 'vrijwillige-verlenging/short']
 * ```
 * @category Findings
 */
export const WARNING_RULES = {
  'rules/version': {
    severity: 'warning',
    source:
      'Wet WIA art. 64 lid 3 (week 93 sinds 1 juli 2013); Ziektewet art. 38 (42 weken sinds 2009)',
    message: ({ day = 0 }) => ({
      nl: `De eerste ziektedag ligt vóór ${formatDay(day, 'nl')}: de termijnen zijn berekend met de huidige regels, maar toen golden oudere (WIA-aanvraag in week 91 vóór 1 juli 2013, ziekmelding bij UWV na 13 weken vóór 2009). Controleer de termijnen.`,
      en: `The first sick day is before ${formatDay(day, 'en')}: the deadlines follow the current rules, but older rules applied then (WIA application in week 91 before 1 July 2013, a 13-week UWV report before 2009). Check the deadlines.`,
    }),
  },
  'aow/at-start': {
    severity: 'info',
    source: 'BW 7:629 lid 1 sub b',
    message: ({ weeks = 0 }) => ({
      nl: `De werknemer had op de eerste ziektedag de AOW-leeftijd: loondoorbetaling ${weeks} weken, geen plan van aanpak, spoor 2, ziekmelding bij UWV of WIA; de spoor-1-verplichtingen blijven.`,
      en: `The employee had reached AOW age on the first sick day: ${weeks} weeks of wage payment, no plan of action, track 2, UWV report or WIA; track-1 duties remain.`,
    }),
  },
  'aow/during-case': {
    severity: 'warning',
    source: 'BW 7:629 lid 1; Algemene Ouderdomswet art. 7a',
    message: ({ day = 0 }) => ({
      nl: `De werknemer bereikt op ${formatDay(day, 'nl')} de AOW-leeftijd: mijlpalen daarna vervallen; dienstverband en loondoorbetaling vragen een menselijke beoordeling.`,
      en: `The employee reaches AOW age on ${formatDay(day, 'en')}: milestones after that date no longer apply; employment and wage payment need a human look.`,
    }),
  },
  'aow/unknown': {
    severity: 'info',
    source: 'Algemene Ouderdomswet art. 7a (de AOW-leeftijd wordt vijf jaar vooruit vastgesteld)',
    message: () => ({
      nl: 'De AOW-datum is nog niet gepubliceerd voor deze geboortedatum: geef employee.aowDate op als die binnen de zaak kan vallen.',
      en: 'The AOW date is not yet published for this date of birth: give employee.aowDate if it may fall within the case.',
    }),
  },
  'vrijwillige-verlenging/short': {
    severity: 'warning',
    source: 'Wet WIA art. 24 lid 3; UWV: minimumperiode 13 weken',
    message: () => ({
      nl: 'Een vrijwillige verlenging van minder dan 13 weken: UWV vraagt ten minste 13 weken.',
      en: 'A voluntary extension of fewer than 13 weeks: UWV asks for at least 13 weeks.',
    }),
  },
} as const satisfies Record<string, WarningRule>;

/**
 * The code of a timeline warning: a closed union derived from {@link WARNING_RULES}.
 *
 * @example
 * ```ts
 * const code: WarningCode = 'aow/during-case';
 * ```
 * @category Findings
 */
export type WarningCode = keyof typeof WARNING_RULES;
