export { addMonths } from './calendar/add-months.js';
export {
  daysInMonth,
  fromCivil,
  isIsoDate,
  isoWeekday,
  toCivil,
  toDayNumber,
  toIsoDate,
  tryDayNumber,
} from './calendar/day-number.js';
export { dutchPublicHolidays, type PublicHoliday } from './calendar/dutch-public-holidays.js';
export { easterSunday } from './calendar/easter-sunday.js';
export { formatDate } from './calendar/format-date.js';
export { todayInAmsterdam } from './calendar/today-in-amsterdam.js';
export {
  createWorkingDayCalendar,
  firstWorkingDayOnOrAfter,
  type WorkingDayCalendar,
} from './calendar/working-day-calendar.js';
export { AOW_AGE_SOURCE, AOW_AGE_TABLE, type AowAgeRow } from './eligibility/aow-age-table.js';
export { aowDateFor } from './eligibility/aow-date-for.js';
export { AOW_WAGE_PERIOD } from './eligibility/aow-wage-period.js';
export { type RivKind, type RivKindResult, rivKind } from './eligibility/riv-kind.js';
export { type WiaOutcome, wiaOutcome } from './eligibility/wia-outcome.js';
export { checkCase } from './findings/check-case.js';
export { milestoneFinding } from './findings/milestone-finding.js';
export type { InputIssue } from './input/input-issue.js';
export {
  INPUT_ISSUE_MESSAGES,
  type InputIssueCode,
} from './input/input-issue-codes.js';
export { PoortwachterInputError } from './input/poortwachter-input-error.js';
export { validateCaseInput } from './input/validate-case-input.js';
export { formatIssue } from './issues/format-issue.js';
export { isSafeName } from './issues/is-safe-name.js';
export type { DatePeriod, Issue, IssuePath } from './issues/issue.js';
export type { Lang } from './issues/lang.js';
export { pathText } from './issues/path-text.js';
export { PoortwachterError } from './issues/poortwachter-error.js';
export {
  DEFAULT_OPTIONS,
  type ResolvedOptions,
  resolveOptions,
} from './options/resolve-options.js';
export { buildChains, MAX_SAMENTELLING_GAP } from './periods/build-chains.js';
export type { Chain, Segment } from './periods/chain.js';
export { sickDayDate, sickDaysUpTo } from './periods/sick-day-date.js';
export type { Anchor } from './rules/anchor.js';
export type { MilestoneRule, RuleVariant } from './rules/milestone-rule.js';
export { MILESTONE_IDS, MILESTONE_RULES } from './rules/milestone-rules.js';
export { rulesFor } from './rules/rules-for.js';
export {
  assessSpoor2,
  type Spoor2Assessment,
  type Spoor2AssessOptions,
} from './spoor2/assess-spoor2.js';
export type { Spoor2CurrentPhase } from './spoor2/current-spoor2-phase.js';
export {
  resolveSpoor2Options,
  validateSpoor2Options,
} from './spoor2/resolve-spoor2-options.js';
export { SPOOR2_DEFAULT_OPTIONS, SPOOR2_THRESHOLDS } from './spoor2/spoor2-default-options.js';
export { type FieldShape, SPOOR2_FIELDS } from './spoor2/spoor2-fields.js';
export type { Spoor2Figures } from './spoor2/spoor2-figures.js';
export type {
  Spoor2FindingRule,
  Spoor2MessageTemplates,
  Spoor2Point,
  Spoor2Test,
  Spoor2Threshold,
} from './spoor2/spoor2-finding-rule.js';
export { SPOOR2_FINDING_RULES, type Spoor2FindingCode } from './spoor2/spoor2-finding-rules.js';
export type { Spoor2Options } from './spoor2/spoor2-options.js';
export { SPOOR2_PHASES, type Spoor2PhaseId, type Spoor2PhaseRow } from './spoor2/spoor2-phases.js';
export { spoor2StartDate } from './spoor2/spoor2-start-date.js';
export type {
  Spoor2Activity,
  Spoor2AdReport,
  Spoor2Application,
  Spoor2Outcome,
  Spoor2PhaseRecord,
  Spoor2Plan,
  Spoor2Provider,
  Spoor2Report,
  Spoor2Trajectory,
  Spoor2Zoekprofiel,
} from './spoor2/spoor2-trajectory.js';
export * from './spoor2/spoor2-values.js';
export { validateSpoor2Input } from './spoor2/validate-spoor2-input.js';
export { computeTimeline } from './timeline/compute-timeline.js';
export { milestoneStatus } from './timeline/milestone-status.js';
export { type CasePhase, type CasePhaseResult, casePhase } from './tracks/case-phase.js';
export { type Spoor2Status, spoor2Status } from './tracks/spoor2-status.js';
export type * from './types.js';
