import type { MilestoneRule } from './milestone-rule.js';

const IN_FORCE = { validFrom: '2014-01-01', validTo: null } as const;

/**
 * The rule table of the Wet verbetering poortwachter timeline, in the order of
 * {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md | docs/rules.md}: every fact about a milestone in its row (anchor, kind, actor, labels, wording,
 * when it does not apply, what a late event does, legal source, validity). The engine
 * ({@link computeTimeline}) and the findings ({@link checkCase}) only read this table.
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md | docs/rules.md}; BW 7:629, 7:658a; Wet WIA art. 23–25, 64, 66;
 *   Ziektewet art. 38; Regeling procesgang eerste en tweede ziektejaar (BWBR0013540);
 *   Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184)
 * @example
 * ```ts
 * MILESTONE_RULES.map((r) => r.id);
 * // ['ziekmelding-bedrijfsarts', 'probleemanalyse', 'plan-van-aanpak', 'evaluatie', 'ziekmelding-uwv', …]
 * ```
 * @category Rules
 */
export const MILESTONE_RULES = [
  {
    id: 'ziekmelding-bedrijfsarts',
    event: 'ziekmelding-bedrijfsarts',
    due: { type: 'sick-day', n: 7, counting: 'sick-days' },
    kind: 'guidance',
    actor: 'werkgever',
    label: { nl: 'Ziekmelding bij de bedrijfsarts', en: 'Sickness report to the company doctor' },
    subject: {
      nl: 'De ziekmelding bij de bedrijfsarts',
      en: 'The sickness report to the company doctor',
    },
    source:
      'Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 1 ("tijdig"); Rijksoverheid: binnen een week',
    wording: 'deadline',
    rollsToWorkingDay: false,
    appliesAtAowAge: true,
    ...IN_FORCE,
  },
  {
    id: 'probleemanalyse',
    event: 'probleemanalyse',
    due: { type: 'sick-day', n: 42, counting: 'process' },
    variants: [
      {
        option: 'probleemanalyseDeadline',
        value: 'six-weeks-after-d1',
        due: { type: 'sick-day', n: 43, counting: 'process' },
      },
    ],
    kind: 'legal',
    actor: 'bedrijfsarts',
    label: { nl: 'Probleemanalyse', en: 'Problem analysis' },
    subject: { nl: 'De probleemanalyse', en: 'The problem analysis' },
    source: 'Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 2',
    wording: 'deadline',
    rollsToWorkingDay: true,
    appliesAtAowAge: true,
    ...IN_FORCE,
  },
  {
    id: 'plan-van-aanpak',
    event: 'plan-van-aanpak',
    due: {
      type: 'event-plus',
      event: 'probleemanalyse',
      days: 14,
      otherwise: { type: 'sick-day', n: 56, counting: 'process' },
      combine: 'replace',
    },
    kind: 'legal',
    actor: 'werkgever+werknemer',
    label: { nl: 'Plan van aanpak', en: 'Plan of action' },
    subject: { nl: 'Het plan van aanpak', en: 'The plan of action' },
    source:
      'BW 7:658a lid 3; Wet WIA art. 25 lid 2; Regeling procesgang eerste en tweede ziektejaar, art. 4',
    wording: 'deadline',
    rollsToWorkingDay: true,
    appliesAtAowAge: false,
    ...IN_FORCE,
  },
  {
    id: 'evaluatie',
    event: 'evaluatie',
    due: { type: 'recurring', every: 42, counting: 'process', after: 'plan-van-aanpak' },
    kind: 'uwv',
    actor: 'werkgever+werknemer',
    label: { nl: 'Evaluatie plan van aanpak', en: 'Evaluation of the plan of action' },
    subject: {
      nl: 'De evaluatie van het plan van aanpak',
      en: 'The evaluation of the plan of action',
    },
    source: 'BW 7:658a lid 3 ("regelmatig"); UWV: ten minste elke zes weken',
    wording: 'deadline',
    rollsToWorkingDay: false,
    appliesAtAowAge: false,
    ...IN_FORCE,
  },
  {
    id: 'ziekmelding-uwv',
    event: 'ziekmelding-uwv',
    due: {
      type: 'first-working-day-after',
      of: { type: 'sick-day', n: 294, counting: 'sick-days' },
    },
    kind: 'legal',
    actor: 'werkgever',
    label: { nl: 'Ziekmelding bij UWV (42 weken)', en: 'Sickness report to UWV (42 weeks)' },
    subject: { nl: 'De ziekmelding bij UWV', en: 'The sickness report to UWV' },
    source: 'Ziektewet art. 38 lid 1; UWV: uiterlijk de eerste werkdag na de 42e ziekteweek',
    wording: 'deadline',
    rollsToWorkingDay: false,
    appliesAtAowAge: false,
    ...IN_FORCE,
  },
  {
    id: 'eerstejaarsevaluatie',
    event: 'eerstejaarsevaluatie',
    windowStart: { type: 'sick-day', n: 316, counting: 'process' },
    due: { type: 'sick-day', n: 364, counting: 'process' },
    kind: 'legal',
    actor: 'werkgever+werknemer',
    label: { nl: 'Eerstejaarsevaluatie', en: 'First-year evaluation' },
    subject: { nl: 'De eerstejaarsevaluatie', en: 'The first-year evaluation' },
    source: 'Regeling procesgang eerste en tweede ziektejaar',
    wording: 'deadline',
    rollsToWorkingDay: true,
    appliesAtAowAge: false,
    ...IN_FORCE,
  },
  {
    id: 'start-spoor-2',
    event: 'start-spoor-2',
    due: {
      type: 'event-plus',
      event: 'eerstejaarsevaluatie',
      days: 42,
      otherwise: { type: 'sick-day', n: 406, counting: 'process' },
      combine: 'earlier',
    },
    variants: [
      {
        option: 'startSpoor2',
        value: 'one-year',
        due: { type: 'sick-day', n: 364, counting: 'process' },
      },
    ],
    kind: 'uwv',
    actor: 'werkgever',
    label: { nl: 'Start spoor 2', en: 'Start of track 2' },
    subject: { nl: 'De start van spoor 2', en: 'The start of track 2' },
    source:
      'BW 7:658a lid 1; Beleidsregels beoordelingskader poortwachter, hoofdstuk 5; UWV Werkwijzer Poortwachter §4.3',
    wording: 'deadline',
    skipEvent: 'spoor-2-niet-nodig',
    rollsToWorkingDay: false,
    appliesAtAowAge: false,
    ...IN_FORCE,
  },
  {
    id: 'vervroegde-iva-aanvraag',
    event: 'vervroegde-iva-aanvraag',
    windowStart: { type: 'sick-day', n: 22, counting: 'sick-days' },
    due: { type: 'sick-day', n: 476, counting: 'sick-days' },
    variants: [
      {
        option: 'vervroegdeIvaWindowStart',
        value: 'after-13-weeks',
        windowStart: { type: 'sick-day', n: 92, counting: 'sick-days' },
      },
    ],
    kind: 'option',
    actor: 'werknemer',
    label: { nl: 'Vervroegde IVA-aanvraag (mogelijk)', en: 'Early IVA application (possible)' },
    subject: {
      nl: 'De termijn voor een vervroegde IVA-aanvraag',
      en: 'The window for an early IVA application',
    },
    source: 'Wet WIA art. 23 en 66',
    wording: 'window',
    rollsToWorkingDay: false,
    appliesAtAowAge: false,
    ...IN_FORCE,
  },
  {
    id: 'wia-informatiebrief',
    event: null,
    due: { type: 'sick-day', n: 624, counting: 'sick-days', followsVerlenging: true },
    variants: [
      {
        option: 'wiaInformatiebrief',
        value: 'week-88',
        due: { type: 'sick-day', n: 617, counting: 'sick-days', followsVerlenging: true },
      },
    ],
    kind: 'info',
    actor: 'UWV',
    label: { nl: 'WIA-informatiebrief van UWV', en: 'WIA information letter from UWV' },
    subject: { nl: 'De WIA-informatiebrief van UWV', en: 'The WIA information letter from UWV' },
    source:
      'Wet WIA art. 64 lid 2, gewijzigd bij de Verzamelwet SZW 2013 ("na 89 weken in plaats van na 87 weken")',
    wording: 'date',
    rollsToWorkingDay: false,
    appliesAtAowAge: false,
    ...IN_FORCE,
  },
  {
    id: 'actueel-oordeel',
    event: 'actueel-oordeel',
    due: { type: 'sick-day', n: 630, counting: 'sick-days', followsVerlenging: true },
    kind: 'guidance',
    actor: 'bedrijfsarts',
    label: { nl: 'Actueel oordeel bedrijfsarts', en: "Company doctor's current judgement" },
    subject: {
      nl: 'Het actueel oordeel van de bedrijfsarts',
      en: "The company doctor's current judgement",
    },
    source:
      'Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen, art. 2; UWV Werkwijzer Poortwachter',
    wording: 'deadline',
    rollsToWorkingDay: false,
    appliesAtAowAge: false,
    ...IN_FORCE,
  },
  {
    id: 'eindevaluatie',
    event: 'eindevaluatie',
    due: { type: 'sick-day', n: 637, counting: 'sick-days', followsVerlenging: true },
    kind: 'uwv',
    actor: 'werkgever+werknemer',
    label: { nl: 'Eindevaluatie', en: 'Final evaluation' },
    subject: { nl: 'De eindevaluatie', en: 'The final evaluation' },
    source: 'Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen, art. 2',
    wording: 'deadline',
    rollsToWorkingDay: false,
    appliesAtAowAge: false,
    ...IN_FORCE,
  },
  {
    id: 'wia-aanvraag',
    event: 'wia-aanvraag',
    due: { type: 'sick-day', n: 651, counting: 'sick-days', followsVerlenging: true },
    kind: 'legal',
    actor: 'werknemer',
    label: {
      nl: 'WIA-aanvraag met re-integratieverslag',
      en: 'WIA application with reintegration report',
    },
    subject: { nl: 'De WIA-aanvraag', en: 'The WIA application' },
    source: 'Wet WIA art. 64 lid 3 (week 93 sinds 1 juli 2013)',
    wording: 'deadline',
    lateEventExtendsWaitingPeriod: true,
    rollsToWorkingDay: true,
    appliesAtAowAge: false,
    ...IN_FORCE,
  },
  {
    id: 'einde-wachttijd',
    event: null,
    due: { type: 'waiting-period-end' },
    kind: 'legal',
    actor: '—',
    label: { nl: 'Einde wachttijd', en: 'End of the waiting period' },
    subject: { nl: 'Het einde van de wachttijd', en: 'The end of the waiting period' },
    source: 'BW 7:629 lid 1; Wet WIA art. 23',
    wording: 'date',
    rollsToWorkingDay: false,
    appliesAtAowAge: true,
    ...IN_FORCE,
  },
] as const satisfies readonly MilestoneRule[];

/**
 * The milestone ids in table order; recurring evaluations appear as `evaluatie-1` … in the
 * place of `evaluatie`.
 *
 * @example
 * ```ts
 * MILESTONE_IDS.includes('wia-aanvraag'); // true
 * ```
 * @category Rules
 */
export const MILESTONE_IDS: readonly RuleId[] = /* @__PURE__ */ MILESTONE_RULES.map((r) => r.id);

/**
 * The id of a row of {@link MILESTONE_RULES}: a closed union, so a typo fails to compile.
 *
 * @example
 * ```ts
 * const id: RuleId = 'plan-van-aanpak';
 * ```
 * @category Rules
 */
export type RuleId = (typeof MILESTONE_RULES)[number]['id'];

/**
 * The id of a rule whose milestones recur (`evaluatie` → `evaluatie-1`, `evaluatie-2`, …).
 *
 * @example
 * ```ts
 * const id: RecurringRuleId = 'evaluatie';
 * ```
 * @category Rules
 */
export type RecurringRuleId = Extract<
  (typeof MILESTONE_RULES)[number],
  { due: { type: 'recurring' } }
>['id'];

/**
 * The id of a milestone in a timeline: a rule id, or `<rule>-<n>` for a recurring rule
 * (`evaluatie-3`).
 *
 * @example
 * ```ts
 * const ids: MilestoneId[] = ['probleemanalyse', 'evaluatie-3', 'einde-wachttijd'];
 * ```
 * @category Rules
 */
export type MilestoneId = Exclude<RuleId, RecurringRuleId> | `${RecurringRuleId}-${number}`;

/**
 * The id of a rule with a skip event (`start-spoor-2`): its missing decision is `<id>/no-decision`.
 *
 * @example
 * ```ts
 * const id: SkippableRuleId = 'start-spoor-2';
 * ```
 * @category Rules
 */
export type SkippableRuleId = Extract<
  (typeof MILESTONE_RULES)[number],
  { skipEvent: string }
>['id'];
