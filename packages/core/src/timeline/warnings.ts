import { toIsoDate } from '../calendar/day-number.js';
import { formatDate } from '../calendar/format-date.js';
import type { Warning } from '../types.js';

/** `rules/version`: the first sick day lies before the rule table's validity. */
export const rulesVersionWarning = (validFrom: string): Warning => ({
  code: 'rules/version',
  message: {
    nl: `De eerste ziektedag ligt vóór ${formatDate(validFrom)}: de termijnen zijn berekend met de huidige regels, maar toen golden oudere (WIA-aanvraag in week 91 vóór 1 juli 2013, ziekmelding bij UWV na 13 weken vóór 2009). Controleer de termijnen.`,
    en: `The first sick day is before ${formatDate(validFrom, 'en')}: the deadlines follow the current rules, but older rules applied then (WIA application in week 91 before 1 July 2013, a 13-week UWV report before 2009). Check the deadlines.`,
  },
});

/** `aow/at-start`: AOW age reached on or before the first sick day. */
export const aowAtStartWarning = (weeks: number): Warning => ({
  code: 'aow/at-start',
  message: {
    nl: `De werknemer had op de eerste ziektedag de AOW-leeftijd: loondoorbetaling ${weeks} weken, geen plan van aanpak, spoor 2, ziekmelding bij UWV of WIA; de spoor-1-verplichtingen blijven.`,
    en: `The employee had reached AOW age on the first sick day: ${weeks} weeks of wage payment, no plan of action, track 2, UWV report or WIA; track-1 duties remain.`,
  },
});

/** `aow/during-case`: AOW age reached during the case. */
export const aowDuringCaseWarning = (aowDay: number): Warning => {
  const iso = toIsoDate(aowDay);
  return {
    code: 'aow/during-case',
    message: {
      nl: `De werknemer bereikt op ${formatDate(iso)} de AOW-leeftijd: mijlpalen daarna vervallen; dienstverband en loondoorbetaling vragen een menselijke beoordeling.`,
      en: `The employee reaches AOW age on ${formatDate(iso, 'en')}: milestones after that date no longer apply; employment and wage payment need a human look.`,
    },
  };
};

/** `aow/unknown`: the AOW date lies beyond the published table and no `employee.aowDate` was given. */
export const aowUnknownWarning: Warning = {
  code: 'aow/unknown',
  message: {
    nl: 'De AOW-datum is nog niet gepubliceerd voor deze geboortedatum: geef employee.aowDate op als die binnen de zaak kan vallen.',
    en: 'The AOW date is not yet published for this date of birth: give employee.aowDate if it may fall within the case.',
  },
};

/** `vrijwillige-verlenging/short`: UWV practice asks a verlenging of at least 13 weeks. */
export const shortVerlengingWarning: Warning = {
  code: 'vrijwillige-verlenging/short',
  message: {
    nl: 'Een vrijwillige verlenging van minder dan 13 weken: UWV vraagt in de praktijk ten minste 13 weken.',
    en: 'A voluntary extension of fewer than 13 weeks: in practice UWV asks for at least 13 weeks.',
  },
};
