import {
  APPLICATIONS_PER_WEEK_BINS,
  assessSpoor2,
  CASE_PHASES,
  casePhase,
  checkCase,
  computeTimeline,
  daysBetween,
  findMedicalTerms,
  GROUP_VALUE_MISSING,
  GROUP_VALUE_SCREENED,
  MILESTONE_RULES,
  MILESTONE_STATUSES,
  PoortwachterInputError,
  SEVERITIES,
  SPOOR1_STATES,
  SPOOR2_ACTIVITY_MODES,
  SPOOR2_OUTCOME_CATEGORIES,
  SPOOR2_OUTCOME_KINDS,
  SPOOR2_PHASES,
  SPOOR2_SKIP_GROUNDS,
  SPOOR2_STATES,
  START_TIMINGS,
  spoor2Status,
  TIMELINESS_BY_STATUS,
  TIMELINESS_MEASURES,
  TIMELINESS_OUTCOMES,
} from '@poortwachter/core';

const RULE_IDS = [...new Set(MILESTONE_RULES.map((r) => r.id))];
const PHASE_IDS = SPOOR2_PHASES.map((p) => p.id);
const TIMINGS = START_TIMINGS.map((t) => t.id);

/** The items of a list by key (one pass). */
const groupOf = (list, keyOf) =>
  list.reduce((acc, x) => {
    const key = keyOf(x);
    if (key === null) return acc;
    if (!acc.has(key)) acc.set(key, []);
    acc.get(key).push(x);
    return acc;
  }, new Map());
/** The count of each key (one pass): an object with every key, in order. */
const countEach = (keys, list, keyOf) => {
  const counts = list.reduce(
    (acc, x) => acc.set(keyOf(x), (acc.get(keyOf(x)) ?? 0) + 1),
    new Map(),
  );
  return Object.fromEntries(keys.map((k) => [k, counts.get(k) ?? 0]));
};
/** `{ key: count }` of the keys that occur, sorted: whole numbers by value, then by code point. */
const tally = (keys) => {
  const counts = keys.reduce((acc, k) => {
    acc.set(k, (acc.get(k) ?? 0) + 1);
    return acc;
  }, new Map());
  const integer = (k) => /^-?(0|[1-9][0-9]*)$/.test(k);
  return Object.fromEntries(
    [...counts].sort(([a], [b]) =>
      integer(a) && integer(b)
        ? Number(a) - Number(b)
        : integer(a) !== integer(b)
          ? integer(a)
            ? -1
            : 1
          : a < b
            ? -1
            : a > b
              ? 1
              : 0,
    ),
  );
};
const sum = (list, f) => list.reduce((n, x) => n + f(x), 0);
const weeks = (days) => String(Math.floor(days / 7));
const screen = (text) => (findMedicalTerms(text).length > 0 ? GROUP_VALUE_SCREENED : text);

/**
 * Everything the public API says about one case, kept whole: the timeline with every milestone
 * object, the findings, the phase, the tracks, the spoor-2 assessment and, for a started spoor 2,
 * the phase on its start date (for the sick week).
 */
function caseRecord(c, asOf, window) {
  const options = { asOf, dueSoonDays: window };
  const timeline = computeTimeline(c, options);
  const findings = checkCase(c, options);
  const phase = casePhase(c, options);
  const tracks = spoor2Status(c, options);
  const assessment = assessSpoor2(c, { asOf });
  const atStart =
    tracks.spoor2 === 'gestart' ? casePhase(c, { ...options, asOf: tracks.since }) : null;
  const record = { c, timeline, findings, phase, tracks, assessment, atStart };
  record.start = startOf(record);
  return record;
}
/** The start of spoor 2 of a record: sick week, weeks from the latest start, timing. */
function startOf(r) {
  if (r.atStart === null) return null;
  const week = r.atStart.sickWeek;
  const rule = MILESTONE_RULES.find((x) => x.event === 'start-spoor-2');
  const due = r.timeline.milestones.find((m) => m.ruleId === rule.id)?.due ?? null;
  const days = due === null ? null : daysBetween(due, r.tracks.since);
  const timing = week < 52 ? 'early' : due === null || days <= 0 ? 'at-deadline' : 'late';
  return { week, fromLatest: days === null ? null : Math.ceil(days / 7) + 0, timing };
}

/** The furthest phase of a trajectory started on or before the as-of date. */
function furthestOf(trajectory, asOf) {
  const started = (trajectory.phases ?? [])
    .filter((p) => p.start <= asOf)
    .map((p) => PHASE_IDS.indexOf(p.phase));
  if (started.length > 0) return PHASE_IDS[Math.max(...started)];
  return trajectory.intake && trajectory.intake <= asOf ? 'intake' : 'aanmelding';
}

/** The slice of a list of records, figure by figure, with array methods. */
function slice(records) {
  const milestones = groupOf(
    records.flatMap((r) => r.timeline.milestones),
    (m) => m.ruleId,
  );
  const findings = records.flatMap((r) => r.findings);
  const starts = records.map((r) => r.start).filter((s) => s !== null);
  const trajectories = records.filter((r) => r.assessment !== null);
  const figures = trajectories.map((r) => r.assessment.figures);
  const category = (r) =>
    r.assessment.figures.outcome ?? (r.assessment.phase === 'afgerond' ? 'geen' : 'lopend');
  const rated = figures.filter((f) => f.applicationsPerWeek !== null);
  const hundredths = (x) => Math.round(x * 100);
  const withHours = figures.filter((f) => hundredths(f.hours.total) > 0);
  const bin = (h) =>
    APPLICATIONS_PER_WEEK_BINS.find((b) => b.below === null || h < b.below * 100).id;
  return {
    cases: records.length,
    phases: countEach(CASE_PHASES, records, (r) => r.phase.phase),
    spoor1: countEach(SPOOR1_STATES, records, (r) => r.tracks.spoor1),
    spoor2Status: countEach(SPOOR2_STATES, records, (r) => r.tracks.spoor2),
    skipGrounds: countEach(
      SPOOR2_SKIP_GROUNDS.map((g) => g.ground),
      records.filter((r) => r.tracks.spoor2 === 'niet-nodig'),
      (r) => r.tracks.reason,
    ),
    statuses: Object.fromEntries(
      RULE_IDS.map((id) => [
        id,
        countEach(MILESTONE_STATUSES, milestones.get(id) ?? [], (m) => m.status),
      ]),
    ),
    timeliness: Object.fromEntries(
      TIMELINESS_MEASURES.map((measure) => [
        measure.id,
        countEach(
          TIMELINESS_OUTCOMES,
          milestones.get(measure.rule) ?? [],
          (m) => TIMELINESS_BY_STATUS[m.status],
        ),
      ]),
    ),
    findings: {
      bySeverity: countEach(SEVERITIES, findings, (f) => f.severity),
      byCode: tally(findings.map((f) => f.code)),
      casesByCode: tally(records.flatMap((r) => [...new Set(r.findings.map((f) => f.code))])),
    },
    spoor2: {
      startWeek: tally(starts.map((s) => String(s.week))),
      weeksFromLatestStart: tally(
        starts.filter((s) => s.fromLatest !== null).map((s) => String(s.fromLatest)),
      ),
      startTiming: countEach(TIMINGS, starts, (s) => s.timing),
      trajectories: trajectories.length,
      phase: countEach([...PHASE_IDS, 'afgerond'], trajectories, (r) => r.assessment.phase),
      furthestPhase: countEach(PHASE_IDS, trajectories, (r) =>
        furthestOf(r.c.spoor2, r.assessment.asOf),
      ),
      durationWeeks: tally(
        trajectories
          .filter((r) => r.assessment.phase === 'afgerond')
          .map((r) => weeks(r.assessment.figures.daysInTrajectory)),
      ),
      applicationsPerWeek: {
        trajectories: rated.length,
        sumHundredths: sum(rated, (f) => hundredths(f.applicationsPerWeek)),
        bins: countEach(
          APPLICATIONS_PER_WEEK_BINS.map((b) => b.id),
          rated,
          (f) => bin(hundredths(f.applicationsPerWeek)),
        ),
      },
      hours: {
        totalHundredths: sum(withHours, (f) => hundredths(f.hours.total)),
        byModeHundredths: Object.fromEntries(
          SPOOR2_ACTIVITY_MODES.map((mode) => [
            mode,
            sum(withHours, (f) => hundredths(f.hours.byMode[mode])),
          ]),
        ),
        trajectoriesWithHours: withHours.length,
        trajectoriesWithOnline: withHours.filter((f) => f.hours.byMode.online > 0).length,
      },
      outcomes: countEach(SPOOR2_OUTCOME_CATEGORIES, trajectories, category),
      weeksToOutcome: Object.fromEntries(
        SPOOR2_OUTCOME_KINDS.map((kind) => [
          kind,
          tally(
            figures
              .filter((f) => f.outcome === kind && f.daysToOutcome !== null)
              .map((f) => weeks(f.daysToOutcome)),
          ),
        ]),
      ),
      outcomeByStartTiming: Object.fromEntries(
        [...TIMINGS, 'unknown'].map((timing) => [
          timing,
          countEach(
            SPOOR2_OUTCOME_CATEGORIES,
            trajectories.filter((r) => (r.start?.timing ?? 'unknown') === timing),
            category,
          ),
        ]),
      ),
    },
  };
}

/** Records grouped by a key, as `{ key: slice }` sorted by key. */
const sliceBy = (records, keyOf) =>
  Object.fromEntries(
    [...groupOf(records, keyOf)]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, rs]) => [k, slice(rs)]),
  );

/**
 * The portfolio summary the naive way: every case's full timeline, findings, phase, tracks and
 * spoor-2 assessment from the public API (`computeTimeline`, `checkCase`, `casePhase`,
 * `spoor2Status`, `assessSpoor2`, and `casePhase` again on the start of spoor 2), all kept in
 * memory, then every figure of every slice with array methods (`filter`, `map`, `flatMap`,
 * `reduce`) over those objects. It gives the same summary as `summarizePortfolio` (checked before
 * timing), with `groupBy` null or a list.
 *
 * @param {Iterable<import('@poortwachter/core').PortfolioCase>} cases - The cases.
 * @param {{ asOf: string, window?: number, groupBy?: string[] }} options - As-of date, window, grouping keys.
 * @returns {import('@poortwachter/core').PortfolioSummary} The summary.
 * @example
 * ```js
 * naivePortfolioSummary(cases, { asOf: '2025-09-01' }).total.cases;
 * ```
 * @category Benchmarks
 */
export function naivePortfolioSummary(cases, { asOf, window = 14, groupBy }) {
  const records = [];
  let invalid = 0;
  for (const c of cases) {
    try {
      records.push(caseRecord(c, asOf, window));
    } catch (error) {
      if (!(error instanceof PoortwachterInputError)) throw error;
      invalid++;
    }
  }
  const keys = groupBy
    ? [...new Set(groupBy)].sort()
    : [...new Set(records.flatMap((r) => Object.keys(r.c.groups ?? {})))].map(screen).sort();
  const groupValue = (r, key) => {
    const groups = r.c.groups ?? {};
    const own = Object.keys(groups).find((k) => screen(k) === key);
    if (own === undefined) return groupBy ? GROUP_VALUE_MISSING : null;
    return screen(groups[own]);
  };
  return {
    kind: 'poortwachter/portfolio-summary',
    version: 1,
    settings: { asOf, window, groupBy: groupBy ? keys : null, rules: {} },
    invalid,
    total: slice(records),
    byMonth: sliceBy(records, (r) => r.timeline.firstSickDay.slice(0, 7)),
    byGroup: Object.fromEntries(
      keys.map((key) => [key, sliceBy(records, (r) => groupValue(r, key))]),
    ),
  };
}
