export type * from './types.js';
export { isIsoDate, toDayNumber, tryDayNumber, toIsoDate, toCivil, fromCivil, isoWeekday, daysInMonth } from './calendar/day-number.js';
export { addMonths } from './calendar/add-months.js';
export { easterSunday } from './calendar/easter-sunday.js';
export { dutchPublicHolidays, type PublicHoliday } from './calendar/dutch-public-holidays.js';
export {
  createWorkingDayCalendar,
  firstWorkingDayOnOrAfter,
  type WorkingDayCalendar,
} from './calendar/working-day-calendar.js';
export { todayInAmsterdam } from './calendar/today-in-amsterdam.js';
export { formatDate } from './calendar/format-date.js';
export type { InputIssue, InputIssueCode } from './input/input-issue.js';
export { PoortwachterInputError } from './input/poortwachter-input-error.js';
export { validateCaseInput } from './input/validate-case-input.js';
export { DEFAULT_OPTIONS, resolveOptions, type ResolvedOptions } from './options/resolve-options.js';
export type { Chain, Segment } from './periods/chain.js';
export { buildChains, MAX_SAMENTELLING_GAP } from './periods/build-chains.js';
export { sickDayDate, sickDaysUpTo } from './periods/sick-day-date.js';
export type { Anchor } from './rules/anchor.js';
export type { MilestoneRule, RuleVariant } from './rules/milestone-rule.js';
export { MILESTONE_RULES, MILESTONE_IDS } from './rules/milestone-rules.js';
export { rulesFor } from './rules/rules-for.js';
export { computeTimeline } from './timeline/compute-timeline.js';
export { milestoneStatus } from './timeline/milestone-status.js';
export { AOW_AGE_TABLE, AOW_AGE_SOURCE, type AowAgeRow } from './eligibility/aow-age-table.js';
export { aowDateFor } from './eligibility/aow-date-for.js';
export { AOW_WAGE_PERIOD } from './eligibility/aow-wage-period.js';
export { rivKind, type RivKind, type RivKindResult } from './eligibility/riv-kind.js';
export { wiaOutcome, type WiaOutcome } from './eligibility/wia-outcome.js';
export { casePhase, type CasePhase, type CasePhaseResult } from './tracks/case-phase.js';
export { spoor2Status, type Spoor2Status } from './tracks/spoor2-status.js';
export { milestoneFinding } from './findings/milestone-finding.js';
export { checkCase } from './findings/check-case.js';
