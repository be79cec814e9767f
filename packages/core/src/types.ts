import type { CASE_EVENT_TYPES } from './case/case-event-types.js';
import type { SPOOR2_SKIP_GROUNDS } from './case/spoor2-skip-grounds.js';
import type { Derivation } from './explain/derivation.js';
import type { WarningCode } from './findings/warning-rules.js';
import type { Issue } from './issues/issue.js';
import type { OptionValue } from './options/option-rules.js';
import type { MilestoneId, RuleId } from './rules/milestone-rules.js';
import type { Spoor2Options } from './spoor2/spoor2-options.js';
import type { Spoor2Trajectory } from './spoor2/spoor2-trajectory.js';

/**
 * The input and output shapes of the engine. `@poortwachter/schema` owns the zod schemas of the
 * case file and proves at compile time that its `Case` type satisfies {@link CaseInput}.
 *
 * @module
 */

/**
 * A calendar date written as `YYYY-MM-DD`, without time or time zone.
 *
 * @example
 * ```ts
 * const d1: IsoDate = '2025-01-06';
 * ```
 * @category Types
 */
export type IsoDate = string;

/**
 * A text in Dutch (`nl`) and English (`en`).
 *
 * @example
 * ```ts
 * const label: LocalizedText = { nl: 'Probleemanalyse', en: 'Problem analysis' };
 * ```
 * @category Types
 */
export interface LocalizedText {
  nl: string;
  en: string;
}

/**
 * One period of sickness. `end` is the last sick day (inclusive); no `end` means still sick.
 *
 * @see BW 7:629 lid 10 (samentelling); {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#0-counting | docs/rules.md ("Counting")}
 *
 * @example
 * ```ts
 * const periods: SickPeriod[] = [{ start: '2025-01-06', end: '2025-03-01' }, { start: '2025-03-20' }];
 * ```
 * @category Types
 */
export interface SickPeriod {
  start: IsoDate;
  end?: IsoDate | null | undefined;
}

/**
 * A period of pregnancy and childbirth leave (WAZO). Leave days never count as sick days.
 *
 * @see BW 7:629 lid 10; {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#leave | docs/rules.md ("Leave")}
 *
 * @example
 * ```ts
 * const leave: LeavePeriod = { kind: 'zwangerschaps-en-bevallingsverlof', start: '2025-04-01', end: '2025-07-21' };
 * ```
 * @category Types
 */
export interface LeavePeriod {
  kind: 'zwangerschaps-en-bevallingsverlof';
  start: IsoDate;
  end: IsoDate;
  /** `false` when the sickness after the leave cannot reasonably come from the same cause. Default `true`. */
  sameCause?: boolean | undefined;
}

/**
 * The grounds on which spoor 2 may be skipped, derived from {@link SPOOR2_SKIP_GROUNDS}.
 *
 * @example
 * ```ts
 * const ground: Spoor2SkipGround = 'terugkeer-binnen-3-maanden';
 * ```
 * @category Types
 */
export type Spoor2SkipGround = (typeof SPOOR2_SKIP_GROUNDS)[number]['ground'];

/**
 * The event types of a case file, derived from {@link CASE_EVENT_TYPES}.
 *
 * @example
 * ```ts
 * const type: CaseEventType = 'probleemanalyse';
 * ```
 * @category Types
 */
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number]['type'];

/**
 * A recorded event of a case. `ground` belongs to `spoor-2-niet-nodig`, `weeks` to extensions.
 *
 * @example
 * ```ts
 * const events: CaseEvent[] = [
 *   { type: 'probleemanalyse', date: '2025-02-14' },
 *   { type: 'vrijwillige-verlenging', date: '2026-06-01', weeks: 13 },
 * ];
 * ```
 * @category Types
 */
export interface CaseEvent {
  type: CaseEventType;
  date: IsoDate;
  motivation?: string | undefined;
  ground?: Spoor2SkipGround | undefined;
  weeks?: number | undefined;
}

/**
 * The few employee facts the engine needs: the AOW date, or the date of birth to derive it.
 *
 * @example
 * ```ts
 * const employee: EmployeeInput = { dateOfBirth: '1959-03-15' };
 * ```
 * @category Types
 */
export interface EmployeeInput {
  dateOfBirth?: IsoDate | null | undefined;
  /** The AOW date when known; overrides the table (needed beyond the published years). */
  aowDate?: IsoDate | null | undefined;
}

/**
 * A caller-supplied working-day calendar for the UWV report ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#working-days | docs/rules.md, "Working days"}).
 * `base: 'atw'` (default) takes the Algemene termijnenwet list and adds `nonWorkingDays`;
 * `base: 'weekends-only'` takes only Saturdays, Sundays and `nonWorkingDays`.
 *
 * @example
 * ```ts
 * // The Friday after Hemelvaart 2025 equated to a holiday by royal decree:
 * const workingDays: WorkingDayCalendarInput = { nonWorkingDays: ['2025-05-30'] };
 * ```
 * @category Types
 */
export interface WorkingDayCalendarInput {
  base?: 'atw' | 'weekends-only' | undefined;
  nonWorkingDays?: IsoDate[] | undefined;
}

/**
 * The open readings of the rules ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#6-open-readings | docs/rules.md, "Open readings"}): every option has a default
 * and its values come from {@link OPTION_RULES}.
 *
 * @example
 * ```ts
 * const options: RuleOptions = { weekendDeadlines: 'roll-to-working-day', startSpoor2: 'one-year' };
 * ```
 * @category Options
 */
export interface RuleOptions {
  /** `week-6` (default): sd(42); `six-weeks-after-d1`: sd(43). */
  probleemanalyseDeadline?: OptionValue<'probleemanalyseDeadline'> | undefined;
  /** `sick-days` (default): process deadlines shift with gaps; `calendar`: counted from D1. */
  processDeadlines?: OptionValue<'processDeadlines'> | undefined;
  /** `statute` (default): merge only across directly adjoining leave; `exclude-leave-days`. */
  leaveAndGaps?: OptionValue<'leaveAndGaps'> | undefined;
  /** `week-89` (default): sd(624); `week-88`: sd(617). */
  wiaInformatiebrief?: OptionValue<'wiaInformatiebrief'> | undefined;
  /** `werkwijzer` (default); `one-year`: sd(364). */
  startSpoor2?: OptionValue<'startSpoor2'> | undefined;
  /** `after-3-weeks` (default): sd(22); `after-13-weeks`: sd(92). */
  vervroegdeIvaWindowStart?: OptionValue<'vervroegdeIvaWindowStart'> | undefined;
  /** `unchanged` (default); `roll-to-working-day`: legal deadlines move to the next working day. */
  weekendDeadlines?: OptionValue<'weekendDeadlines'> | undefined;
  /** The working-day calendar; default the Atw list. */
  workingDays?: WorkingDayCalendarInput | undefined;
  /** Days before `due` from which a milestone is `due-soon`. Default 14. */
  dueSoonDays?: number | undefined;
  /** The thresholds of the spoor-2 assessment (`assessSpoor2`); each has a default. */
  spoor2?: Partial<Spoor2Options> | undefined;
}

/**
 * The minimal case the engine needs. A full case file (`@poortwachter/schema`) satisfies it.
 *
 * @example
 * ```ts
 * const input: CaseInput = { sickPeriods: [{ start: '2025-01-06' }], events: [{ type: 'probleemanalyse', date: '2025-02-14' }] };
 * ```
 * @category Types
 */
export interface CaseInput {
  sickPeriods: readonly SickPeriod[];
  leavePeriods?: readonly LeavePeriod[] | undefined;
  events?: readonly CaseEvent[] | undefined;
  employee?: EmployeeInput | undefined;
  options?: RuleOptions | undefined;
  /** The spoor-2 trajectory: its intake (else referral) counts as the start of spoor 2. */
  spoor2?: Spoor2Trajectory | null | undefined;
}

/**
 * Options of a computation: the rule options plus the date that decides statuses.
 *
 * @example
 * ```ts
 * computeTimeline(caseFile, { asOf: '2025-09-01', probleemanalyseDeadline: 'six-weeks-after-d1' });
 * ```
 * @category Options
 */
export interface ComputeOptions extends RuleOptions {
  /** The date statuses are computed for. Default: today in Europe/Amsterdam. */
  asOf?: IsoDate | undefined;
}

/**
 * How a milestone is classified ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md | docs/rules.md}).
 *
 * @example
 * ```ts
 * const kind: MilestoneKind = 'legal';
 * ```
 * @category Types
 */
export type MilestoneKind = 'legal' | 'uwv' | 'guidance' | 'info' | 'option';

/**
 * Who acts on a milestone.
 *
 * @example
 * ```ts
 * const actor: Actor = 'werkgever+werknemer';
 * ```
 * @category Types
 */
export type Actor =
  | 'werkgever'
  | 'werknemer'
  | 'werkgever+werknemer'
  | 'bedrijfsarts'
  | 'UWV'
  | '—';

/**
 * The status of a milestone as of a date ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#3-statuses | docs/contract.md, "Statuses"}).
 *
 * @example
 * ```ts
 * const open = (s: MilestoneStatus) => s === 'overdue' || s === 'due-soon';
 * ```
 * @category Types
 */
export type MilestoneStatus =
  | 'done'
  | 'done-late'
  | 'late-with-motivation'
  | 'overdue'
  | 'due-soon'
  | 'upcoming'
  | 'passed'
  | 'not-reached'
  | 'not-applicable';

/**
 * One milestone of a timeline ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#2-timeline | docs/contract.md, "Timeline"}). `derivation` says how its dates
 * were found and `explanation` says it in words a casemanager reads.
 *
 * @example
 * ```ts
 * const pa: Milestone | undefined = computeTimeline(caseFile).milestones.find((m) => m.id === 'probleemanalyse');
 * ```
 * @category Types
 */
export interface Milestone {
  id: MilestoneId;
  /** The row of the rule table (`evaluatie` for `evaluatie-3`). */
  ruleId: RuleId;
  /** The number of a recurring milestone (3 for `evaluatie-3`); `null` otherwise. */
  occurrence: number | null;
  windowStart: IsoDate | null;
  due: IsoDate | null;
  status: MilestoneStatus;
  eventDate: IsoDate | null;
  kind: MilestoneKind;
  actor: Actor;
  label: LocalizedText;
  source: string;
  /** How the dates were found, as data. */
  derivation: Derivation;
  /** One or two sentences in Dutch and English that explain the date. */
  readonly explanation: LocalizedText;
}

/**
 * A warning attached to a timeline (`rules/version`, `aow/during-case`, …).
 *
 * @example
 * ```ts
 * computeTimeline({ sickPeriods: [{ start: '2007-06-26' }] }).warnings[0]?.code; // 'rules/version'
 * ```
 * @category Types
 */
export interface Warning {
  code: WarningCode;
  message: LocalizedText;
}

/**
 * The timeline of the latest chain ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#2-timeline | docs/contract.md, "Timeline"}).
 *
 * @example
 * ```ts
 * const t: Timeline = computeTimeline({ sickPeriods: [{ start: '2025-01-06' }] }, { asOf: '2025-02-01' });
 * t.waitingPeriod.lastDay; // '2027-01-03'
 * ```
 * @category Types
 */
export interface Timeline {
  firstSickDay: IsoDate;
  asOf: IsoDate;
  milestones: Milestone[];
  waitingPeriod: { lastDay: IsoDate | null; firstDayAfter: IsoDate | null };
  warnings: Warning[];
}

/**
 * Severity of a finding ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#4-findings | docs/contract.md, "Findings"}).
 *
 * @example
 * ```ts
 * const blocking = (f: Finding) => f.severity === 'error';
 * ```
 * @category Types
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A compliance finding: an {@link Issue} that always has a `severity`. Plain data, never thrown
 * ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#4-findings | docs/contract.md, "Findings"}). Milestone findings carry `milestone`, `due` and `eventDate`;
 * document findings carry `path`; spoor-2 findings carry `period` (and `windows`). `checkCase`
 * returns `Finding<FindingCode>`, so its codes are a closed union.
 *
 * @example
 * ```ts
 * for (const f of checkCase(caseFile, { asOf: '2025-09-01' })) console.log(f.code, f.severity, f.message.nl);
 * ```
 * @category Findings
 */
export interface Finding<C extends string = string> extends Issue<C> {
  severity: Severity;
}
