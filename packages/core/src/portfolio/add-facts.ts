import type { FindingCode } from '../findings/finding-codes.js';
import type { RuleId } from '../rules/milestone-rules.js';
import { applicationsBinOf } from './applications-per-week-bins.js';
import type { CaseFacts } from './case-facts.js';
import { bump } from './plain-tree.js';
import type { PortfolioSlice } from './portfolio-slice.js';
import type { Spoor2OutcomeCategory } from './slice-keys.js';
import {
  TIMELINESS_BY_STATUS,
  TIMELINESS_MEASURES,
  type TimelinessMeasureId,
} from './timeliness-measures.js';

const MEASURE_OF = new Map<RuleId, TimelinessMeasureId>(
  TIMELINESS_MEASURES.map((m) => [m.rule, m.id]),
);

const weeks = (days: number) => String(Math.floor(days / 7));

/**
 * Counts one case's facts into a slice: every cell of {@link PortfolioSlice} is a count or an
 * integer sum, so the order of cases never matters.
 *
 * @param slice - The slice to count into.
 * @param facts - The case's facts.
 * @internal
 */
export function addFacts(slice: PortfolioSlice, facts: CaseFacts): void {
  slice.cases++;
  slice.phases[facts.phase]++;
  slice.spoor1[facts.tracks.spoor1]++;
  slice.spoor2Status[facts.tracks.spoor2]++;
  const reason = facts.tracks.reason;
  if (
    facts.tracks.spoor2 === 'niet-nodig' &&
    reason !== null &&
    Object.hasOwn(slice.skipGrounds, reason)
  )
    slice.skipGrounds[reason as keyof PortfolioSlice['skipGrounds']]++;

  for (const m of facts.milestones) {
    slice.statuses[m.ruleId][m.status]++;
    const measure = MEASURE_OF.get(m.ruleId);
    const outcome = TIMELINESS_BY_STATUS[m.status];
    if (measure !== undefined && outcome !== null) slice.timeliness[measure][outcome]++;
  }

  const { findings } = slice;
  const codes = new Set<FindingCode>();
  for (const f of facts.findings) {
    findings.bySeverity[f.severity]++;
    bump(findings.byCode as Record<string, number>, f.code);
    codes.add(f.code);
  }
  for (const code of codes) bump(findings.casesByCode as Record<string, number>, code);

  const s = slice.spoor2;
  const start = facts.start;
  if (start !== null) {
    bump(s.startWeek, String(start.week));
    if (start.fromLatestStart !== null) bump(s.weeksFromLatestStart, String(start.fromLatestStart));
    s.startTiming[start.timing]++;
  }

  const t = facts.trajectory;
  if (t === null) return;
  const f = t.figures;
  s.trajectories++;
  s.phase[t.phase]++;
  s.furthestPhase[t.furthest]++;
  if (t.phase === 'afgerond') bump(s.durationWeeks, weeks(f.daysInTrajectory));
  if (f.applicationsPerWeek !== null) {
    const hundredths = Math.round(f.applicationsPerWeek * 100);
    s.applicationsPerWeek.trajectories++;
    s.applicationsPerWeek.sumHundredths += hundredths;
    s.applicationsPerWeek.bins[applicationsBinOf(hundredths)]++;
  }
  const total = Math.round(f.hours.total * 100);
  if (total > 0) {
    s.hours.trajectoriesWithHours++;
    s.hours.totalHundredths += total;
    for (const mode in f.hours.byMode) {
      const key = mode as keyof typeof f.hours.byMode;
      s.hours.byModeHundredths[key] += Math.round(f.hours.byMode[key] * 100);
    }
    if (f.hours.byMode.online > 0) s.hours.trajectoriesWithOnline++;
  }
  const category: Spoor2OutcomeCategory = f.outcome ?? (t.phase === 'afgerond' ? 'geen' : 'lopend');
  s.outcomes[category]++;
  if (f.outcome !== null && f.daysToOutcome !== null)
    bump(s.weeksToOutcome[f.outcome], weeks(f.daysToOutcome));
  s.outcomeByStartTiming[start?.timing ?? 'unknown'][category]++;
}
