import type { FieldSpec } from '../input/case-file-fields.js';

/**
 * Every key allowed in the `spoor2` section of a case file, nested (a {@link FieldSpec}), so
 * that a caller can reject unknown fields (a misspelling, or health data where it does not
 * belong) the way `@poortwachter/schema` does. For example `SPOOR2_FIELDS.activities[0]` lists
 * the keys of one activity, and `SPOOR2_FIELDS.plan.zoekprofiel` those of the zoekprofiel.
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#6-spoor-2 | docs/contract.md §6}
 * @example
 * ```ts
 * Object.keys(SPOOR2_FIELDS.activities[0]); // ['date', 'type', 'mode', 'hours', 'goal', 'result']
 * 'diagnose' in SPOOR2_FIELDS; // false
 * ```
 * @category Spoor 2
 */
export const SPOOR2_FIELDS = {
  provider: { name: 'value', adviser: { name: 'value', function: 'value' } },
  referral: 'value',
  intake: 'value',
  adReport: { date: 'value', status: 'value' },
  capacityDate: 'value',
  plan: {
    date: 'value',
    goal: 'value',
    persoonsprofiel: 'value',
    zoekprofiel: {
      functions: 'value',
      sectors: 'value',
      maxTravelMinutes: 'value',
      hoursPerWeek: 'value',
    },
    applicationsPerWeek: 'value',
    reportEveryWeeks: 'value',
    plannedEnd: 'value',
  },
  phases: [{ phase: 'value', start: 'value', end: 'value' }],
  activities: [
    { date: 'value', type: 'value', mode: 'value', hours: 'value', goal: 'value', result: 'value' },
  ],
  applications: [
    { date: 'value', employer: 'value', function: 'value', channel: 'value', result: 'value' },
  ],
  reports: [{ kind: 'value', number: 'value', date: 'value' }],
  outcome: {
    kind: 'value',
    date: 'value',
    employer: 'value',
    function: 'value',
    hoursPerWeek: 'value',
  },
  end: 'value',
} as const satisfies { readonly [key: string]: FieldSpec };
