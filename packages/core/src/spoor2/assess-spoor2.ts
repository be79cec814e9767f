import { toIsoDate, tryDayNumber } from '../calendar/day-number.js';
import { todayInAmsterdam } from '../calendar/today-in-amsterdam.js';
import { INPUT_ISSUE_MESSAGES } from '../input/input-issue-codes.js';
import { PoortwachterInputError } from '../input/poortwachter-input-error.js';
import type { Finding, IsoDate, RuleOptions } from '../types.js';
import { currentSpoor2Phase, type Spoor2CurrentPhase } from './current-spoor2-phase.js';
import { readSpoor2 } from './read-spoor2.js';
import { validateSpoor2Options } from './resolve-spoor2-options.js';
import { type Spoor2Figures, spoor2Figures } from './spoor2-figures.js';
import type { Spoor2FindingCode } from './spoor2-finding-rules.js';
import { spoor2Findings } from './spoor2-findings.js';
import type { Spoor2Options } from './spoor2-options.js';
import type { Spoor2Trajectory } from './spoor2-trajectory.js';
import { type Spoor2View, viewSpoor2 } from './spoor2-view.js';

/**
 * The options of {@link assessSpoor2}: the as-of date and the spoor-2 thresholds.
 *
 * @example
 * ```ts
 * const options: Spoor2AssessOptions = { asOf: '2025-06-20', spoor2: { applicationsPerWeek: 2 } };
 * ```
 * @category Spoor 2
 */
export interface Spoor2AssessOptions {
  /** The date to assess on. Default: today in Europe/Amsterdam. */
  asOf?: IsoDate | undefined;
  /** Thresholds that differ from the defaults (a value agreed in the trajectplan still wins). */
  spoor2?: Partial<Spoor2Options> | undefined;
}

/**
 * The assessment of a trajectory as of a date: the current phase, the figures and the findings
 * (the JSON of `poortwachter spoor2`, contract §6).
 *
 * @example
 * ```ts
 * const a: Spoor2Assessment | null = assessSpoor2(caseFile, { asOf: '2025-06-20' });
 * if (a) console.log(a.phase, a.figures.applications.total, a.findings.length);
 * ```
 * @category Spoor 2
 */
export interface Spoor2Assessment {
  asOf: IsoDate;
  phase: Spoor2CurrentPhase;
  figures: Spoor2Figures;
  findings: Finding<Spoor2FindingCode>[];
}

/**
 * Assesses the spoor-2 trajectory of a case as of a date ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7}): its current phase,
 * its figures and its findings, each finding a row of {@link SPOOR2_FINDING_RULES}. Only what is
 * dated on or before the as-of date counts: a later intake, plan, report, outcome or log entry is
 * not known yet. The thresholds come from the trajectplan where agreed there, else from
 * the call's `options.spoor2`, else from the case file's `options.spoor2`, else from the defaults
 * ({@link SPOOR2_DEFAULT_OPTIONS}). Pure, with integer
 * day arithmetic; the log is read once and sorted once.
 *
 * @param input - A case (or any object) with a `spoor2` section.
 * @param options - `asOf` (default today in Europe/Amsterdam) and `spoor2` thresholds.
 * @returns The assessment, or `null` when the case has no trajectory.
 * @throws PoortwachterInputError when the trajectory or the options cannot be used
 *   ({@link validateSpoor2Input}, {@link validateSpoor2Options}); paths start at `spoor2`,
 *   `options.spoor2` or `asOf`.
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7}; {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#6-spoor-2 | docs/contract.md §6}
 * @example
 * ```ts
 * const a = assessSpoor2(
 *   { spoor2: { referral: '2025-02-10', intake: '2025-03-03' } },
 *   { asOf: '2025-03-10' },
 * );
 * a?.phase; // 'intake'
 * a?.findings[0]?.code; // 'spoor-2/intake-late' (21 days > 14)
 * ```
 * @category Spoor 2
 */
export function assessSpoor2(
  input: {
    readonly spoor2?: Spoor2Trajectory | null | undefined;
    readonly options?: RuleOptions | undefined;
  },
  options: Spoor2AssessOptions = {},
): Spoor2Assessment | null {
  const view = spoor2View(input, options);
  if (view === null) return null;
  return {
    asOf: toIsoDate(view.asOf),
    phase: currentSpoor2Phase(view),
    figures: spoor2Figures(view),
    findings: spoor2Findings(view),
  };
}

/**
 * Validates a case's trajectory and the options as {@link assessSpoor2} does and returns the
 * trajectory as known on the as-of date, so that a caller who needs more than the assessment
 * (the portfolio: the due dates of open spoor-2 actions) reads the log once.
 *
 * @param input - A case (or any object) with a `spoor2` section.
 * @param options - `asOf` and `spoor2` thresholds.
 * @returns The view, or `null` when the case has no trajectory.
 * @throws PoortwachterInputError as {@link assessSpoor2} does.
 * @internal
 */
export function spoor2View(
  input: Parameters<typeof assessSpoor2>[0],
  options: Spoor2AssessOptions = {},
): Spoor2View | null {
  const trajectory = input.spoor2;
  if (trajectory == null) return null;
  const { issues, days } = readSpoor2(trajectory);
  issues.push(...validateSpoor2Options(input.options?.spoor2, ['options', 'spoor2']));
  issues.push(...validateSpoor2Options(options.spoor2, ['spoor2']));
  const asOf = tryDayNumber(options.asOf ?? todayInAmsterdam());
  if (asOf === null)
    issues.push({
      code: 'date/invalid',
      path: ['asOf'],
      message: INPUT_ISSUE_MESSAGES['date/invalid'],
    });
  if (issues.length > 0 || days === null || asOf === null) throw new PoortwachterInputError(issues);

  const thresholds = { ...input.options?.spoor2, ...options.spoor2 };
  return viewSpoor2(trajectory, days, asOf, thresholds);
}
