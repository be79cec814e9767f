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
export { findMedicalTerms, type MedicalTermHit } from './privacy/find-medical-terms.js';
export {
  MEDICAL_TERM_ISSUE_CODES,
  type MedicalTermIssueCode,
  medicalTermIssues,
} from './privacy/medical-term-issues.js';
export {
  BODY_PARTS,
  MEDICAL_TERMS,
  MEDICAL_TERMS_SOURCE,
  type MedicalTermClass,
  type MedicalTermClassId,
} from './privacy/medical-terms.js';
export { NON_MEDICAL_PHRASES } from './privacy/non-medical-phrases.js';
export type { Anchor } from './rules/anchor.js';
export type { MilestoneRule, RuleVariant } from './rules/milestone-rule.js';
export { MILESTONE_IDS, MILESTONE_RULES } from './rules/milestone-rules.js';
export { rulesFor } from './rules/rules-for.js';
export { computeTimeline } from './timeline/compute-timeline.js';
export { milestoneStatus } from './timeline/milestone-status.js';
export { type CasePhase, type CasePhaseResult, casePhase } from './tracks/case-phase.js';
export { type Spoor2Status, spoor2Status } from './tracks/spoor2-status.js';
export type * from './types.js';
