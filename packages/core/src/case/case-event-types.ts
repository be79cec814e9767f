import type { LocalizedText } from '../types.js';

/**
 * One event type of a case file, with its label and the fields it requires beyond `date`.
 *
 * @example
 * ```ts
 * const row: CaseEventTypeRow = CASE_EVENT_TYPES[0];
 * ```
 * @category Case file
 */
export interface CaseEventTypeRow {
  readonly type: string;
  readonly label: LocalizedText;
  /** The event as the object of a sentence ("de probleemanalyse", "the problem analysis"). */
  readonly subject: LocalizedText;
  /** Fields required beyond `date` (every event may carry `motivation`). */
  readonly requires: readonly ('ground' | 'motivation' | 'weeks')[];
}

/**
 * The event types of a case file ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#1-case-file | docs/contract.md, "Case file"}), in the order of the process,
 * with their labels and required fields. Every event may carry a `motivation`.
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#events | docs/contract.md ("Events")}
 * @example
 * ```ts
 * CASE_EVENT_TYPES.find((e) => e.type === 'spoor-2-niet-nodig')?.requires; // ['ground', 'motivation']
 * ```
 * @category Case file
 */
export const CASE_EVENT_TYPES = [
  {
    type: 'ziekmelding-bedrijfsarts',
    label: { nl: 'Ziekmelding bij de bedrijfsarts', en: 'Sickness report to the company doctor' },
    subject: {
      nl: 'de ziekmelding bij de bedrijfsarts',
      en: 'the sickness report to the company doctor',
    },
    requires: [],
  },
  {
    type: 'probleemanalyse',
    label: { nl: 'Probleemanalyse', en: 'Problem analysis' },
    subject: { nl: 'de probleemanalyse', en: 'the problem analysis' },
    requires: [],
  },
  {
    type: 'plan-van-aanpak',
    label: { nl: 'Plan van aanpak', en: 'Plan of action' },
    subject: { nl: 'het plan van aanpak', en: 'the plan of action' },
    requires: [],
  },
  {
    type: 'evaluatie',
    label: { nl: 'Evaluatie plan van aanpak', en: 'Evaluation of the plan of action' },
    subject: { nl: 'de evaluatie', en: 'the evaluation' },
    requires: [],
  },
  {
    type: 'ziekmelding-uwv',
    label: { nl: 'Ziekmelding bij UWV (42 weken)', en: 'Sickness report to UWV (42 weeks)' },
    subject: { nl: 'de ziekmelding bij UWV', en: 'the sickness report to UWV' },
    requires: [],
  },
  {
    type: 'eerstejaarsevaluatie',
    label: { nl: 'Eerstejaarsevaluatie', en: 'First-year evaluation' },
    subject: { nl: 'de eerstejaarsevaluatie', en: 'the first-year evaluation' },
    requires: [],
  },
  {
    type: 'start-spoor-2',
    label: { nl: 'Start spoor 2', en: 'Start of track 2' },
    subject: { nl: 'de start van spoor 2', en: 'the start of track 2' },
    requires: [],
  },
  {
    type: 'spoor-2-niet-nodig',
    label: { nl: 'Spoor 2 niet nodig', en: 'Track 2 not needed' },
    subject: {
      nl: 'het besluit dat spoor 2 niet nodig is',
      en: 'the decision that track 2 is not needed',
    },
    requires: ['ground', 'motivation'],
  },
  {
    type: 'vervroegde-iva-aanvraag',
    label: { nl: 'Vervroegde IVA-aanvraag', en: 'Early IVA application' },
    subject: { nl: 'de vervroegde IVA-aanvraag', en: 'the early IVA application' },
    requires: [],
  },
  {
    type: 'actueel-oordeel',
    label: { nl: 'Actueel oordeel bedrijfsarts', en: "Company doctor's current judgement" },
    subject: { nl: 'het actueel oordeel', en: 'the current judgement' },
    requires: [],
  },
  {
    type: 'eindevaluatie',
    label: { nl: 'Eindevaluatie', en: 'Final evaluation' },
    subject: { nl: 'de eindevaluatie', en: 'the final evaluation' },
    requires: [],
  },
  {
    type: 'wia-aanvraag',
    label: { nl: 'WIA-aanvraag', en: 'WIA application' },
    subject: { nl: 'de WIA-aanvraag', en: 'the WIA application' },
    requires: [],
  },
  {
    type: 'vrijwillige-verlenging',
    label: { nl: 'Vrijwillige verlenging', en: 'Voluntary extension' },
    subject: { nl: 'de vrijwillige verlenging', en: 'the voluntary extension' },
    requires: ['weeks'],
  },
  {
    type: 'loonsanctie',
    label: { nl: 'Loonsanctie', en: 'Wage sanction' },
    subject: { nl: 'de loonsanctie', en: 'the wage sanction' },
    requires: ['weeks'],
  },
  {
    type: 'bekortingsbesluit',
    label: { nl: 'Bekortingsbesluit', en: 'Decision to shorten the sanction' },
    subject: { nl: 'het bekortingsbesluit', en: 'the decision to shorten the sanction' },
    requires: [],
  },
  {
    type: 'einde-dienstverband',
    label: { nl: 'Einde dienstverband', en: 'End of employment' },
    subject: { nl: 'het einde van het dienstverband', en: 'the end of employment' },
    requires: [],
  },
] as const satisfies readonly CaseEventTypeRow[];
