import type { RuleId } from '../rules/milestone-rules.js';
import type { LocalizedText, MilestoneStatus } from '../types.js';

/**
 * How a step of the process came out, for the timeliness figures of a portfolio:
 * - `on-time`: recorded on or before its due date (status `done`);
 * - `late-with-motivation`: recorded after its due date with a motivation (`late-with-motivation`);
 * - `late`: recorded after its due date without one (`done-late`);
 * - `missing`: not recorded and its due date has passed (`overdue`);
 * - `pending`: not recorded and not yet due (`due-soon`, `upcoming`).
 *
 * @example
 * ```ts
 * const outcome: TimelinessOutcome = 'late-with-motivation';
 * ```
 * @category Portfolio
 */
export type TimelinessOutcome = (typeof TIMELINESS_OUTCOMES)[number];

/**
 * The timeliness outcomes in the order the figures list them.
 *
 * @example
 * ```ts
 * TIMELINESS_OUTCOMES; // ['on-time', 'late-with-motivation', 'late', 'missing', 'pending']
 * ```
 * @category Portfolio
 */
export const TIMELINESS_OUTCOMES = [
  'on-time',
  'late-with-motivation',
  'late',
  'missing',
  'pending',
] as const;

/**
 * How "on time" is decided: the timeliness outcome of each milestone status, or `null` for a
 * status that is not measured: a step that never fell due (`not-reached` after recovery,
 * `not-applicable`) and `passed`, the status of dates that only pass (kinds `info` and `option`,
 * the end of the waiting period).
 * The statuses are the timeline's ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#3-statuses | docs/contract.md, "Statuses"}), so a portfolio counts exactly
 * what `computeTimeline` and `checkCase` say about each case.
 *
 * @example
 * ```ts
 * TIMELINESS_BY_STATUS['done-late']; // 'late'
 * TIMELINESS_BY_STATUS['not-reached']; // null
 * ```
 * @category Portfolio
 */
export const TIMELINESS_BY_STATUS = {
  done: 'on-time',
  'late-with-motivation': 'late-with-motivation',
  'done-late': 'late',
  overdue: 'missing',
  'due-soon': 'pending',
  upcoming: 'pending',
  passed: null,
  'not-reached': null,
  'not-applicable': null,
} as const satisfies Record<MilestoneStatus, TimelinessOutcome | null>;

/**
 * One timeliness measure of a portfolio: the milestone rule it measures (every milestone of the
 * rule counts: one per case, or each occurrence of a recurring rule), its label and its
 * definition in words.
 *
 * @example
 * ```ts
 * const m: TimelinessMeasure = TIMELINESS_MEASURES[0];
 * ```
 * @category Portfolio
 */
export interface TimelinessMeasure {
  readonly id: string;
  /** The row of the rule table whose milestones are measured. */
  readonly rule: RuleId;
  readonly label: LocalizedText;
  readonly definition: LocalizedText;
}

/**
 * The timeliness measures of a portfolio (docs/guides/portfolio.md, "Timeliness"). Each reads the
 * statuses of one rule's milestones through {@link TIMELINESS_BY_STATUS}: a new measure is a new
 * row. For the evaluations every evaluation moment counts: `evaluatie-n` is due 42 sick days after
 * the previous step (the plan van aanpak, then the previous evaluation, each by its recorded date,
 * else its due date), so an evaluation is late exactly when the gap before it was over 42 sick
 * days.
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#1-milestones | docs/rules.md ("Milestones")}; {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#3-statuses | docs/contract.md ("Statuses")}
 * @example
 * ```ts
 * TIMELINESS_MEASURES.map((m) => m.id);
 * // ['probleemanalyse', 'plan-van-aanpak', 'evaluatie', 'ziekmelding-uwv', 'eerstejaarsevaluatie']
 * ```
 * @category Portfolio
 */
export const TIMELINESS_MEASURES = [
  {
    id: 'probleemanalyse',
    rule: 'probleemanalyse',
    label: { nl: 'Probleemanalyse', en: 'Problem analysis' },
    definition: {
      nl: 'Op tijd: vastgelegd uiterlijk op ziektedag 42 (week 6).',
      en: 'On time: recorded by sick day 42 (week 6).',
    },
  },
  {
    id: 'plan-van-aanpak',
    rule: 'plan-van-aanpak',
    label: { nl: 'Plan van aanpak', en: 'Plan of action' },
    definition: {
      nl: 'Op tijd: vastgelegd uiterlijk 14 dagen na de probleemanalyse (zonder probleemanalyse ziektedag 56).',
      en: 'On time: recorded within 14 days of the problem analysis (without one, by sick day 56).',
    },
  },
  {
    id: 'evaluatie',
    rule: 'evaluatie',
    label: { nl: 'Evaluaties plan van aanpak', en: 'Evaluations of the plan of action' },
    definition: {
      nl: 'Elk evaluatiemoment telt; op tijd: uiterlijk 42 ziektedagen na de vorige stap (het plan van aanpak, dan de vorige evaluatie).',
      en: 'Every evaluation moment counts; on time: within 42 sick days of the previous step (the plan of action, then the previous evaluation).',
    },
  },
  {
    id: 'ziekmelding-uwv',
    rule: 'ziekmelding-uwv',
    label: { nl: 'Ziekmelding bij UWV (42 weken)', en: 'Sickness report to UWV (42 weeks)' },
    definition: {
      nl: 'Op tijd: vastgelegd uiterlijk de eerste werkdag na ziektedag 294 (week 42).',
      en: 'On time: recorded by the first working day after sick day 294 (week 42).',
    },
  },
  {
    id: 'eerstejaarsevaluatie',
    rule: 'eerstejaarsevaluatie',
    label: { nl: 'Eerstejaarsevaluatie', en: 'First-year evaluation' },
    definition: {
      nl: 'Op tijd: vastgelegd uiterlijk op ziektedag 364 (week 52).',
      en: 'On time: recorded by sick day 364 (week 52).',
    },
  },
] as const satisfies readonly TimelinessMeasure[];

/**
 * The id of a timeliness measure: a closed union derived from {@link TIMELINESS_MEASURES}.
 *
 * @example
 * ```ts
 * const id: TimelinessMeasureId = 'ziekmelding-uwv';
 * ```
 * @category Portfolio
 */
export type TimelinessMeasureId = (typeof TIMELINESS_MEASURES)[number]['id'];
