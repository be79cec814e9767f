/**
 * `@poortwachter/core`: the rules of the Wet verbetering poortwachter as a pure engine.
 * Start with {@link computeTimeline} and {@link checkCase}. Dates are `YYYY-MM-DD` strings.
 *
 * @module
 */
export { dateInAmsterdam } from './calendar/date-in-amsterdam.js';
export { isIsoDate } from './calendar/day-number.js';
export { addDays, daysBetween } from './calendar/iso-days.js';
export {
  dutchPublicHolidays,
  easterSunday,
  type PublicHoliday,
} from './calendar/public-holidays.js';
export { todayInAmsterdam } from './calendar/today-in-amsterdam.js';
export { isWorkingDay, nextWorkingDay } from './calendar/working-days.js';
export { CASE_EVENT_TYPES, type CaseEventTypeRow } from './case/case-event-types.js';
export { SPOOR2_SKIP_GROUNDS, type Spoor2SkipGroundRow } from './case/spoor2-skip-grounds.js';
export {
  AOW_AGE_SOURCE,
  AOW_AGE_TABLE,
  AOW_AGE_TABLE_CHECKED,
  type AowAgeRow,
} from './eligibility/aow-age-table.js';
export { aowDateFor } from './eligibility/aow-date-for.js';
export { AOW_WAGE_PERIOD } from './eligibility/aow-wage-period.js';
export { type RivKind, type RivKindResult, rivKind } from './eligibility/riv-kind.js';
export { RIV_KINDS, RIV_KINDS_SOURCE, type RivKindRow } from './eligibility/riv-kinds.js';
export { type WiaOutcome, wiaOutcome } from './eligibility/wia-outcome.js';
export type { DateBasis, Derivation, Extension, NotApplicable } from './explain/derivation.js';
export { explainMilestone } from './explain/explain-milestone.js';
export { skippedDays } from './explain/skipped-days.js';
export {
  CASE_FINDING_RULES,
  type CaseFindingCode,
  type CaseFindingRule,
} from './findings/case-finding-rules.js';
export { checkCase } from './findings/check-case.js';
export { type EvaluationGap, evaluationGaps } from './findings/evaluation-gaps.js';
export type {
  FindingCode,
  MilestoneFindingCode,
  MilestoneFindingStatus,
} from './findings/finding-codes.js';
export { milestoneFinding } from './findings/milestone-finding.js';
export { WARNING_RULES, type WarningCode, type WarningRule } from './findings/warning-rules.js';
export { formatDate } from './format/format-date.js';
export { SEVERITY_LABELS, STATUS_LABELS } from './format/status-labels.js';
export { CASE_FILE_FIELDS, type FieldSpec } from './input/case-file-fields.js';
export type { InputIssue } from './input/input-issue.js';
export { INPUT_ISSUE_MESSAGES, type InputIssueCode } from './input/input-issue-codes.js';
export { type InputIssueDetail, inputIssue } from './input/input-issue-detail.js';
export { PoortwachterInputError } from './input/poortwachter-input-error.js';
export { validateCaseInput } from './input/validate-case-input.js';
export { formatIssue } from './issues/format-issue.js';
export { isSafeName } from './issues/is-safe-name.js';
export type { DatePeriod, Issue, IssuePath } from './issues/issue.js';
export type { Lang } from './issues/lang.js';
export { pathText } from './issues/path-text.js';
export { PoortwachterError } from './issues/poortwachter-error.js';
export {
  OPTION_RULES,
  type OptionRule,
  type OptionValue,
  type OptionValueRow,
  type RuleOptionName,
} from './options/option-rules.js';
export {
  DEFAULT_OPTIONS,
  type ResolvedOptions,
  resolveOptions,
} from './options/resolve-options.js';
export { validateOptions } from './options/validate-options.js';
export { MAX_SAMENTELLING_GAP } from './periods/build-chains.js';
export { firstSickDay } from './periods/first-sick-day.js';
export { processDaysBetween } from './periods/process-days-between.js';
export {
  APPLICATIONS_PER_WEEK_BINS,
  type ApplicationsPerWeekBin,
  type ApplicationsPerWeekBinId,
} from './portfolio/applications-per-week-bins.js';
export { CASE_FINDING_ACTORS } from './portfolio/case-finding-actors.js';
export { GROUP_VALUE_MISSING, GROUP_VALUE_SCREENED } from './portfolio/case-groups.js';
export { mergePortfolioSummaries } from './portfolio/merge-portfolio-summaries.js';
export { mergeWorkLists } from './portfolio/merge-work-lists.js';
export {
  createPortfolioAccumulator,
  type PortfolioAccumulator,
  type PortfolioCollect,
} from './portfolio/portfolio-accumulator.js';
export type { PortfolioCase, PortfolioOptions } from './portfolio/portfolio-case.js';
export { cellValue, type PortfolioCell } from './portfolio/portfolio-cell.js';
export {
  type FindingCount,
  type PortfolioFigures,
  portfolioFigures,
  type TimelinessFigures,
} from './portfolio/portfolio-figures.js';
export { PORTFOLIO_ISSUE_MESSAGES, type PortfolioIssueCode } from './portfolio/portfolio-issues.js';
export type { PortfolioSettings } from './portfolio/portfolio-settings.js';
export type {
  PortfolioSlice,
  PortfolioSpoor2Slice,
  WeekHistogram,
} from './portfolio/portfolio-slice.js';
export type { PortfolioSummary } from './portfolio/portfolio-summary.js';
export {
  createPortfolioTracer,
  type PortfolioTracer,
  type TraceHit,
} from './portfolio/portfolio-tracer.js';
export { portfolioTrend, type TrendPoint } from './portfolio/portfolio-trend.js';
export { portfolioWorkList } from './portfolio/portfolio-work-list.js';
export {
  CASE_PHASES,
  MILESTONE_STATUSES,
  SEVERITIES,
  SPOOR1_STATES,
  SPOOR2_OUTCOME_CATEGORIES,
  SPOOR2_STATES,
  type Spoor2OutcomeCategory,
} from './portfolio/slice-keys.js';
export {
  SPOOR2_ACTIONS,
  type Spoor2Action,
  type Spoor2ActionCode,
  type WorkActor,
} from './portfolio/spoor2-actions.js';
export {
  START_TIMINGS,
  type StartTiming,
  type StartTimingRow,
  type StartTimingTest,
} from './portfolio/start-timings.js';
export { summarizePortfolio } from './portfolio/summarize-portfolio.js';
export {
  TIMELINESS_BY_STATUS,
  TIMELINESS_MEASURES,
  TIMELINESS_OUTCOMES,
  type TimelinessMeasure,
  type TimelinessMeasureId,
  type TimelinessOutcome,
} from './portfolio/timeliness-measures.js';
export { tracePortfolio } from './portfolio/trace-portfolio.js';
export { type WeekStats, weekStats } from './portfolio/week-stats.js';
export { compareWorkItems, type WorkItem } from './portfolio/work-item.js';
export type { WorkList } from './portfolio/work-list.js';
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
export {
  MILESTONE_IDS,
  MILESTONE_RULES,
  type MilestoneId,
  type RecurringRuleId,
  type RuleId,
  type SkippableRuleId,
} from './rules/milestone-rules.js';
export {
  WAITING_PERIOD_EXTENSIONS,
  type WaitingPeriodExtensionRule,
} from './rules/waiting-period-extensions.js';
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
export {
  SPOOR2_TRAINING_TYPES,
  type Spoor2ActivityTypeSummary,
  type Spoor2Slice,
  type Spoor2SliceTotals,
  sliceSpoor2,
} from './spoor2/slice-spoor2.js';
export { SPOOR2_DEFAULT_OPTIONS, SPOOR2_THRESHOLDS } from './spoor2/spoor2-default-options.js';
export { SPOOR2_FIELDS } from './spoor2/spoor2-fields.js';
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
export { type CasePhase, type CasePhaseResult, casePhase } from './tracks/case-phase.js';
export { type Spoor2Status, spoor2Status } from './tracks/spoor2-status.js';
export type * from './types.js';
