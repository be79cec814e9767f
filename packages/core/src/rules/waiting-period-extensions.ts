import type { Extension } from '../explain/derivation.js';
import type { CaseEventType, LocalizedText } from '../types.js';

/**
 * One way the waiting period is extended after an event is recorded: the event, what it does to
 * the last day of the waiting period (in Dutch and English), its limits in weeks or days, and its
 * legal source.
 *
 * @example
 * ```ts
 * const row: WaitingPeriodExtensionRule = WAITING_PERIOD_EXTENSIONS.loonsanctie;
 * row.maxWeeks; // 52
 * ```
 * @category Rules
 */
export interface WaitingPeriodExtensionRule {
  /** The recorded event that brings the extension. */
  readonly event: CaseEventType;
  readonly label: LocalizedText;
  /** What the extension does to the last day of the waiting period. */
  readonly effect: LocalizedText;
  /** Fewer weeks than this gives the warning `vrijwillige-verlenging/short`; `null`: no minimum. */
  readonly minWeeks: number | null;
  /** The most weeks that count, all events of the kind together; `null`: no maximum. */
  readonly maxWeeks: number | null;
  /** Days after the event's date on which it ends the period; `null` when it does not. */
  readonly endsAfterDays: number | null;
  readonly source: string;
}

/**
 * The extensions of the 104-week waiting period as data, keyed by the extension type of a
 * derivation ({@link Extension}). Extensions are counted in sick days beyond sick day 728, in this
 * order: the vrijwillige verlenging, the lateness of the WIA application, then the loonsanctie on
 * the end those two give; a bekortingsbesluit can only shorten the sanction. The engine
 * ({@link computeTimeline}) reads the limits from here, and the rules reference
 * ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#extensions | docs/rules.md §1, "Extensions"}) is generated from it.
 *
 * @see Wet WIA art. 24 (verlenging), art. 25 lid 9 (loonsanctie); BW 7:629 lid 11 sub a;
 *   {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#extensions | docs/rules.md §1 ("Extensions")}
 * @example
 * ```ts
 * WAITING_PERIOD_EXTENSIONS['vrijwillige-verlenging'].minWeeks; // 13
 * WAITING_PERIOD_EXTENSIONS['vrijwillige-verlenging'].maxWeeks; // null (no maximum)
 * WAITING_PERIOD_EXTENSIONS.bekortingsbesluit.endsAfterDays; // 42
 * ```
 * @category Rules
 */
export const WAITING_PERIOD_EXTENSIONS = {
  'vrijwillige-verlenging': {
    event: 'vrijwillige-verlenging',
    label: { nl: 'Vrijwillige verlenging', en: 'Voluntary extension' },
    effect: {
      nl: 'Verlengt de wachttijd met 7 ziektedagen per week. De WIA-informatiebrief, het actueel oordeel, de eindevaluatie en de WIA-aanvraag schuiven even ver mee, zodat de aanvraag 11 weken vóór het nieuwe einde blijft.',
      en: 'Extends the waiting period by 7 sick days a week. The WIA information letter, the current judgement, the final evaluation and the WIA application move by as much, so the application stays 11 weeks before the new end.',
    },
    minWeeks: 13,
    maxWeeks: null,
    endsAfterDays: null,
    source:
      'Wet WIA art. 24 (lid 3: het verlengde tijdvak eindigt niet eerder dan 13 weken na het verzoek); UWV: minimumperiode 13 weken, geen maximum',
  },
  'late-wia-aanvraag': {
    event: 'wia-aanvraag',
    label: { nl: 'Te late WIA-aanvraag', en: 'Late WIA application' },
    effect: {
      nl: 'Een WIA-aanvraag na de uiterste datum verlengt de wachttijd met het aantal dagen dat zij te laat is.',
      en: 'A WIA application after its due date extends the waiting period by the number of days it is late.',
    },
    minWeeks: null,
    maxWeeks: null,
    endsAfterDays: null,
    source: 'BW 7:629 lid 11 sub a',
  },
  loonsanctie: {
    event: 'loonsanctie',
    label: { nl: 'Loonsanctie', en: 'Wage sanction' },
    effect: {
      nl: 'Verlengt de wachttijd met 7 ziektedagen per week, bovenop het einde dat zij verlengt (ook na een vrijwillige verlenging of een te late aanvraag); hoogstens 52 weken samen, zonder absolute grens op ziektedag 1092.',
      en: 'Extends the waiting period by 7 sick days a week, on top of the end it extends (also after a voluntary extension or a late application); at most 52 weeks together, with no absolute cap at sick day 1092.',
    },
    minWeeks: null,
    maxWeeks: 52,
    endsAfterDays: null,
    source: 'Wet WIA art. 25 lid 9',
  },
  bekortingsbesluit: {
    event: 'bekortingsbesluit',
    label: { nl: 'Bekortingsbesluit', en: 'Decision to shorten the sanction' },
    effect: {
      nl: 'Het gesanctioneerde einde wordt de besluitdatum + 42 dagen als dat eerder is, maar nooit vóór het einde zonder loonsanctie.',
      en: 'The sanctioned end becomes the decision date + 42 days when that is earlier, but never before the end without the sanction.',
    },
    minWeeks: null,
    maxWeeks: null,
    endsAfterDays: 42,
    source:
      'Wet WIA art. 25 lid 9 (bekorting na herstel); UWV-praktijk: de loonsanctie eindigt zes weken na de beslissing (wettekst niet gezien)',
  },
} as const satisfies Readonly<Record<Extension['type'], WaitingPeriodExtensionRule>>;
