import type { SPOOR2_FINDING_RULES } from '../spoor2/spoor2-finding-rules.js';
import type { Actor, LocalizedText } from '../types.js';

/**
 * Who acts on an item of the work list: the actors of the rule table, and the
 * re-integratiebedrijf for the steps of a spoor-2 trajectory (on the employer's behalf).
 *
 * @example
 * ```ts
 * const actor: WorkActor = 're-integratiebedrijf';
 * ```
 * @category Portfolio
 */
export type WorkActor = Actor | 're-integratiebedrijf';

/**
 * The code of a spoor-2 finding that a date makes due: its test is a `deadline` (an event must
 * follow a point within a limit) or `gaps` (the next point must follow the last one within a
 * limit), so before it is raised the engine knows the day by which something must happen.
 *
 * @example
 * ```ts
 * const code: Spoor2ActionCode = 'spoor-2/report-gap';
 * ```
 * @category Portfolio
 */
export type Spoor2ActionCode = Extract<
  (typeof SPOOR2_FINDING_RULES)[number],
  { test: { type: 'deadline' | 'gaps' } }
>['code'];

/**
 * One spoor-2 action of the work list: who acts, and the message of the item while it is due
 * soon (`{date}` is the due date, written by the engine). Once overdue the item is the finding
 * itself, as `checkCase` raises it.
 *
 * @example
 * ```ts
 * const action: Spoor2Action = SPOOR2_ACTIONS['spoor-2/plan-late'];
 * ```
 * @category Portfolio
 */
export interface Spoor2Action {
  readonly actor: WorkActor;
  readonly dueSoon: LocalizedText;
}

/**
 * The spoor-2 actions of the work list, one per finding that a date makes due (the due date is
 * the point the rule counts from plus its limit: the referral + 14 days for the intake, the last
 * progress report + the reporting interval, …; docs/guides/portfolio.md, "Work list").
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7}
 * @example
 * ```ts
 * SPOOR2_ACTIONS['spoor-2/report-gap'].dueSoon.nl; // 'De volgende voortgangsrapportage moet uiterlijk {date} klaar zijn.'
 * ```
 * @category Portfolio
 */
export const SPOOR2_ACTIONS = {
  'spoor-2/intake-late': {
    actor: 're-integratiebedrijf',
    dueSoon: {
      nl: 'De intake van het spoor-2-traject moet uiterlijk {date} plaatsvinden.',
      en: 'The intake of the track-2 trajectory is due on {date}.',
    },
  },
  'spoor-2/plan-late': {
    actor: 're-integratiebedrijf',
    dueSoon: {
      nl: 'Het trajectplan moet uiterlijk {date} klaar zijn.',
      en: 'The trajectory plan is due on {date}.',
    },
  },
  'spoor-2/inactive': {
    actor: 're-integratiebedrijf',
    dueSoon: {
      nl: 'Uiterlijk {date} is een volgende activiteit of sollicitatie nodig.',
      en: 'The next activity or application is due on {date}.',
    },
  },
  'spoor-2/report-gap': {
    actor: 're-integratiebedrijf',
    dueSoon: {
      nl: 'De volgende voortgangsrapportage moet uiterlijk {date} klaar zijn.',
      en: 'The next progress report is due on {date}.',
    },
  },
  'spoor-2/no-eindrapportage': {
    actor: 're-integratiebedrijf',
    dueSoon: {
      nl: 'De eindrapportage moet uiterlijk {date} klaar zijn.',
      en: 'The final report is due on {date}.',
    },
  },
} as const satisfies Record<Spoor2ActionCode, Spoor2Action>;
