/**
 * A description of the keys an object may have: each key maps to `true` (a value: a date,
 * text, number, boolean or a list of texts), to the description of a nested object, or to a
 * one-element list holding the description of the objects of a list.
 *
 * @example
 * ```ts
 * const shape: FieldShape = { phases: [{ phase: true, start: true, end: true }], referral: true };
 * ```
 * @category Spoor 2
 */
export interface FieldShape {
  readonly [key: string]: true | FieldShape | readonly [FieldShape];
}

/**
 * Every key allowed in the `spoor2` section of a case file, nested (see {@link FieldShape}), so
 * that a caller can reject unknown fields (a misspelling, or health data where it does not
 * belong) the way `@poortwachter/schema` does. For example `SPOOR2_FIELDS.activities[0]` lists
 * the keys of one activity, and `SPOOR2_FIELDS.plan.zoekprofiel` those of the zoekprofiel.
 *
 * @see docs/contract.md §6
 * @example
 * ```ts
 * Object.keys(SPOOR2_FIELDS.activities[0]); // ['date', 'type', 'mode', 'hours', 'goal', 'result']
 * 'diagnose' in SPOOR2_FIELDS; // false
 * ```
 * @category Spoor 2
 */
export const SPOOR2_FIELDS = {
  provider: { name: true, adviser: { name: true, function: true } },
  referral: true,
  intake: true,
  adReport: { date: true, status: true },
  capacityDate: true,
  plan: {
    date: true,
    goal: true,
    persoonsprofiel: true,
    zoekprofiel: { functions: true, sectors: true, maxTravelMinutes: true, hoursPerWeek: true },
    applicationsPerWeek: true,
    reportEveryWeeks: true,
    plannedEnd: true,
  },
  phases: [{ phase: true, start: true, end: true }],
  activities: [{ date: true, type: true, mode: true, hours: true, goal: true, result: true }],
  applications: [{ date: true, employer: true, function: true, channel: true, result: true }],
  reports: [{ kind: true, number: true, date: true }],
  outcome: { kind: true, date: true, employer: true, function: true, hoursPerWeek: true },
  end: true,
} as const satisfies FieldShape;
