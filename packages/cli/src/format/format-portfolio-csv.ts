import {
  CASE_PHASES,
  type PortfolioSlice,
  type PortfolioSummary,
  portfolioFigures,
  portfolioTrend,
  SPOOR2_OUTCOME_CATEGORIES,
  SPOOR2_STATES,
  START_TIMINGS,
  TIMELINESS_MEASURES,
} from '@poortwachter/core';

/** The figures of one slice, each a stable id and a count, share, mean or median (`null`: none). */
function figureRows(slice: PortfolioSlice): [figure: string, value: number | null][] {
  const f = portfolioFigures(slice);
  const s = f.spoor2;
  return [
    ['cases', f.cases],
    ...CASE_PHASES.map((p) => [`phase.${p}`, slice.phases[p]] as [string, number]),
    ...SPOOR2_STATES.map(
      (st) => [`spoor2Status.${st}`, slice.spoor2Status[st]] as [string, number],
    ),
    ...TIMELINESS_MEASURES.flatMap(({ id }) => {
      const m = f.timeliness[id];
      return [
        [`timeliness.${id}.measured`, m.measured],
        [`timeliness.${id}.onTime`, m.onTime],
        [`timeliness.${id}.lateWithMotivation`, m.lateWithMotivation],
        [`timeliness.${id}.late`, m.late],
        [`timeliness.${id}.missing`, m.missing],
        [`timeliness.${id}.pending`, m.pending],
      ] as [string, number | null][];
    }),
    ['spoor2.started', s.started],
    ['spoor2.startedBeforeWeek52', s.startedBeforeWeek52],
    ['spoor2.startWeek.median', s.startWeek.median],
    ['spoor2.startWeek.mean', s.startWeek.mean],
    ['spoor2.weeksFromLatestStart.median', s.weeksFromLatestStart.median],
    ['spoor2.trajectories', s.trajectories],
    ['spoor2.durationWeeks.median', s.durationWeeks.median],
    ['spoor2.applicationsPerWeekMean', s.applicationsPerWeekMean],
    ['spoor2.onlineShareOfHours', s.onlineShareOfHours],
    ...SPOOR2_OUTCOME_CATEGORIES.map(
      (o) => [`spoor2.outcome.${o}`, slice.spoor2.outcomes[o]] as [string, number],
    ),
    ...START_TIMINGS.map(
      ({ id }) => [`spoor2.workRate.${id}`, s.workRateByStartTiming[id]] as [string, number | null],
    ),
  ];
}

/**
 * A text field as RFC 4180 writes it: quoted (quotes doubled) when it holds a comma, quote or line
 * break. A group value comes from an HR system: one that a spreadsheet would run as a formula
 * (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, as OWASP
 * advises against CSV injection, so the cell shows the text and runs nothing.
 */
const field = (text: string): string => {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** A number as CSV holds it: integers as is, fractions to 4 decimals, nothing for `null`. */
const value = (n: number | null): string =>
  n === null ? '' : Number.isInteger(n) ? String(n) : String(Math.round(n * 10_000) / 10_000);

/**
 * Writes the figures of a portfolio as one CSV table (RFC 4180: a header row, CRLF line ends,
 * fields quoted where needed): one row per figure and scope, with the columns `scope` (`total`,
 * `quarter`, or a grouping key), `group` (empty, the quarter `YYYY-Qn`, or the group's value),
 * `figure` (a stable id such as `timeliness.probleemanalyse.onTime`) and `value` (a count, a
 * share from 0 to 1, a mean or a median; empty when nothing was measured). A group value that a
 * spreadsheet would take for a formula is written with a leading `'`.
 *
 * @param summary - The portfolio's summary.
 * @param groups - The grouping keys to add rows for (`--group-by`); none by default.
 * @returns The CSV text.
 * @example
 * ```ts
 * formatPortfolioCsv(summary, ['afdeling']).split('\r\n')[1]; // 'total,,cases,7'
 * ```
 * @category Output
 */
export function formatPortfolioCsv(
  summary: PortfolioSummary,
  groups: readonly string[] = [],
): string {
  const scopes: [scope: string, group: string, slice: PortfolioSlice][] = [
    ['total', '', summary.total],
    ...portfolioTrend(summary, 'quarter').map(
      ({ period, slice }) => ['quarter', period, slice] as [string, string, PortfolioSlice],
    ),
    ...groups.flatMap((key) =>
      Object.entries(summary.byGroup[key] ?? {})
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([group, slice]) => [key, group, slice] as [string, string, PortfolioSlice]),
    ),
  ];
  const lines = ['scope,group,figure,value'];
  for (const [scope, group, slice] of scopes)
    for (const [figure, n] of figureRows(slice))
      lines.push([field(scope), field(group), figure, value(n)].join(','));
  return `${lines.join('\r\n')}\r\n`;
}
