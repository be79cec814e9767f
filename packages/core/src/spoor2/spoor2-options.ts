/**
 * The thresholds of the spoor-2 assessment ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#6-spoor-2 | docs/contract.md §6}, `options.spoor2`). Each has a
 * default in the row of {@link SPOOR2_FINDING_RULES} that uses it (collected in
 * {@link SPOOR2_DEFAULT_OPTIONS}). Precedence, from strong to weak: a value agreed in the
 * trajectplan (`plan.applicationsPerWeek`, `plan.reportEveryWeeks`), then the caller's option,
 * then the default: the plan is the agreement for this one employee, an option is a general
 * policy, and {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7} says that the agreed value overrides the default.
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7}
 * @example
 * ```ts
 * const options: Partial<Spoor2Options> = { intakeWithinDays: 10, applicationsPerWeek: 2 };
 * assessSpoor2(caseFile, { asOf: '2025-06-20', spoor2: options });
 * ```
 * @category Spoor 2
 */
export interface Spoor2Options {
  /** Most calendar days from referral to intake (`spoor-2/intake-late`). Default 14. */
  intakeWithinDays: number;
  /** Most calendar days from intake to trajectplan (`spoor-2/plan-late`). Default 42. */
  planWithinDays: number;
  /** Fewest distinct functions in the zoekprofiel (`spoor-2/narrow-zoekprofiel`). Default 2. */
  minZoekprofielFunctions: number;
  /** Applications a week expected in every window (`spoor-2/few-applications`). Default 1; the plan's value wins. */
  applicationsPerWeek: number;
  /** Length in days of the windows that applications are counted in. Default 28. */
  applicationWindowDays: number;
  /** Most calendar days between dated entries of the log (`spoor-2/inactive`). Default 28. */
  maxActivityGapDays: number;
  /** Most weeks between reporting points (`spoor-2/report-gap`). Default 6; the plan's value wins. */
  reportEveryWeeks: number;
  /** Most calendar days from the end of the trajectory to its final report (`spoor-2/no-eindrapportage`). Default 14. */
  eindrapportageWithinDays: number;
}
