import {
  CASE_PHASES,
  formatDate,
  type PortfolioSlice,
  type PortfolioSummary,
  portfolioFigures,
  portfolioTrend,
  SPOOR2_OUTCOME_CATEGORIES,
  SPOOR2_STATES,
  START_TIMINGS,
  TIMELINESS_MEASURES,
  type WorkList,
} from '@poortwachter/core';
import type { Lang } from '../detect-lang.js';
import type { Painter } from '../output/create-painter.js';
import { type Cell, formatTable } from '../output/format-table.js';
import { PORTFOLIO_LABELS as L } from './portfolio-labels.js';
import { SEVERITY_DISPLAY } from './severity-display.js';
import { STATUS_DISPLAY } from './status-display.js';

const TEXT = {
  nl: {
    title: (asOf: string, cases: number, window: number) =>
      `Portefeuille per ${asOf}: ${cases} ${cases === 1 ? 'dossier' : 'dossiers'} (werklijst: te laat en binnen ${window} dagen)`,
    invalid: (n: number) => `${n} ${n === 1 ? 'dossier' : 'dossiers'} niet te gebruiken`,
    workList: 'Werklijst',
    noWork: 'Niets te laat en niets binnen het venster.',
    workHeader: ['Datum', 'Status', 'Ernst', 'Dossier', 'Wie', 'Code', 'Melding'],
    workCount: (n: number, overdue: number, soon: number) =>
      `${n} ${n === 1 ? 'actie' : 'acties'}: ${overdue} te laat, ${soon} binnenkort`,
    phases: 'Dossiers per fase',
    phaseHeader: ['Fase', 'Dossiers', 'Aandeel'],
    tracks: 'Spoor 2',
    trackHeader: ['Stand', 'Dossiers'],
    timeliness: 'Tijdigheid per mijlpaal',
    timelinessHeader: [
      'Mijlpaal',
      'Gemeten',
      'Op tijd',
      'Te laat, gemotiveerd',
      'Te laat',
      'Ontbreekt',
      'Nog niet',
    ],
    spoor2: 'Spoor-2-trajecten',
    figureHeader: ['Cijfer', 'Waarde'],
    started: 'Spoor 2 gestart',
    before52: 'Gestart vóór week 52',
    startWeek: 'Ziekteweek van de start (mediaan, gemiddeld)',
    fromLatest: 'Weken t.o.v. de laatste startdatum (mediaan)',
    trajectories: 'Trajecten',
    duration: 'Duur afgeronde trajecten in weken (mediaan)',
    perWeek: 'Sollicitaties per week (gemiddeld)',
    online: 'Online aandeel van de begeleidingsuren',
    outcome: (o: string) => `Uitkomst: ${o}`,
    workRate: (t: string) => `Werk als uitkomst, start ${t.toLowerCase()}`,
    topFinding: 'Vaakste bevinding',
    trend: 'Trend per kwartaal van de eerste ziektedag',
    overviewHeader: (first: string) => [
      first,
      'Dossiers',
      'PA op tijd',
      'PvA op tijd',
      'Evaluaties op tijd',
      'Spoor 2 gestart',
      'Vóór week 52',
      'Werk als uitkomst',
    ],
    quarter: 'Kwartaal',
    group: (key: string) => `Per ${key}`,
    value: 'Waarde',
  },
  en: {
    title: (asOf: string, cases: number, window: number) =>
      `Portfolio as of ${asOf}: ${cases} ${cases === 1 ? 'case' : 'cases'} (work list: overdue and within ${window} days)`,
    invalid: (n: number) => `${n} ${n === 1 ? 'case' : 'cases'} could not be used`,
    workList: 'Work list',
    noWork: 'Nothing overdue and nothing within the window.',
    workHeader: ['Date', 'Status', 'Severity', 'Case', 'Who', 'Code', 'Message'],
    workCount: (n: number, overdue: number, soon: number) =>
      `${n} ${n === 1 ? 'action' : 'actions'}: ${overdue} overdue, ${soon} due soon`,
    phases: 'Cases by phase',
    phaseHeader: ['Phase', 'Cases', 'Share'],
    tracks: 'Spoor 2',
    trackHeader: ['State', 'Cases'],
    timeliness: 'Timeliness by milestone',
    timelinessHeader: [
      'Milestone',
      'Measured',
      'On time',
      'Late, motivated',
      'Late',
      'Missing',
      'Pending',
    ],
    spoor2: 'Spoor-2 trajectories',
    figureHeader: ['Figure', 'Value'],
    started: 'Spoor 2 started',
    before52: 'Started before week 52',
    startWeek: 'Sick week of the start (median, mean)',
    fromLatest: 'Weeks relative to the latest start (median)',
    trajectories: 'Trajectories',
    duration: 'Duration of ended trajectories in weeks (median)',
    perWeek: 'Applications a week (mean)',
    online: 'Online share of guidance hours',
    outcome: (o: string) => `Outcome: ${o}`,
    workRate: (t: string) => `Work as outcome, start ${t.toLowerCase()}`,
    topFinding: 'Most frequent finding',
    trend: 'Trend by quarter of the first sick day',
    overviewHeader: (first: string) => [
      first,
      'Cases',
      'PA on time',
      'Plan on time',
      'Evaluations on time',
      'Spoor 2 started',
      'Before week 52',
      'Work as outcome',
    ],
    quarter: 'Quarter',
    group: (key: string) => `By ${key}`,
    value: 'Value',
  },
} as const;

const share = (value: number | null): string =>
  value === null ? '—' : `${Math.round(value * 100)}%`;

const number = (value: number | null, lang: Lang): string =>
  value === null
    ? '—'
    : new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
        maximumFractionDigits: 1,
      }).format(value);

const plain = (texts: readonly string[]): Cell[] => texts.map((text) => ({ text }));

/** One row of the overview of a slice: the figures a trend or a group is compared by. */
function overviewRow(label: string, slice: PortfolioSlice): Cell[] {
  const f = portfolioFigures(slice);
  const work = SPOOR2_OUTCOME_CATEGORIES.filter((o) => o !== 'geen' && o !== 'lopend').reduce(
    (n, o) => n + slice.spoor2.outcomes[o],
    0,
  );
  const ended = work + slice.spoor2.outcomes.geen;
  return plain([
    label,
    String(f.cases),
    share(f.timeliness.probleemanalyse.onTime),
    share(f.timeliness['plan-van-aanpak'].onTime),
    share(f.timeliness.evaluatie.onTime),
    String(f.spoor2.started),
    share(f.spoor2.startedBeforeWeek52),
    share(ended > 0 ? work / ended : null),
  ]);
}

/**
 * Writes a portfolio as text: the work list first (every action overdue or due within the
 * window, by date, with the case reference, who acts and the message), then the tables of the
 * summary: cases per phase, the state of spoor 2, timeliness per milestone, the spoor-2 figures
 * and the trend by quarter of the first sick day; with `groups`, one overview table per grouping
 * key. Shares are whole percentages, `—` where nothing was measured.
 *
 * @param summary - The portfolio's summary (`summarizePortfolio`).
 * @param workList - Its work list (`portfolioWorkList`).
 * @param lang - The language of labels, dates and messages.
 * @param paint - Colours statuses and severities.
 * @param groups - The grouping keys to show a table for (`--group-by`); none by default.
 * @returns The text, ending in a newline.
 * @example
 * ```ts
 * formatPortfolioText(summary, workList, 'nl', createPainter(false), ['afdeling']);
 * // 'Portefeuille per 1 september 2025: 7 dossiers …\n\nWerklijst\n…'
 * ```
 * @category Output
 */
export function formatPortfolioText(
  summary: PortfolioSummary,
  workList: WorkList,
  lang: Lang,
  paint: Painter,
  groups: readonly string[] = [],
): string {
  const t = TEXT[lang];
  const { total, settings } = summary;
  const f = portfolioFigures(total);
  const out: string[] = [t.title(formatDate(settings.asOf, lang), total.cases, settings.window)];
  if (summary.invalid > 0) out.push(t.invalid(summary.invalid));
  const section = (title: string, lines: readonly string[]) => out.push('', title, '', ...lines);

  const items = workList.items;
  section(
    t.workList,
    items.length === 0
      ? [t.noWork]
      : [
          ...formatTable(
            t.workHeader,
            items.map((item) => {
              const status = STATUS_DISPLAY[item.status];
              const severity = SEVERITY_DISPLAY[item.severity];
              return [
                { text: item.date },
                { text: status.label[lang], style: status.style },
                { text: severity.label[lang], style: severity.style },
                { text: item.ref },
                { text: L.actor[item.actor][lang] },
                { text: item.code },
                { text: item.message[lang] },
              ];
            }),
            paint,
          ),
          '',
          t.workCount(
            items.length,
            items.filter((i) => i.status === 'overdue').length,
            items.filter((i) => i.status === 'due-soon').length,
          ),
        ],
  );

  section(
    t.phases,
    formatTable(
      t.phaseHeader,
      CASE_PHASES.map((p) =>
        plain([L.phase[p][lang], String(total.phases[p]), share(f.phaseShares[p])]),
      ),
      paint,
    ),
  );
  section(
    t.tracks,
    formatTable(
      t.trackHeader,
      SPOOR2_STATES.map((s) => plain([L.spoor2[s][lang], String(total.spoor2Status[s])])),
      paint,
    ),
  );
  section(
    t.timeliness,
    formatTable(
      t.timelinessHeader,
      TIMELINESS_MEASURES.map(({ id }) => {
        const m = f.timeliness[id];
        return plain([
          L.measure[id][lang],
          String(m.measured),
          share(m.onTime),
          share(m.lateWithMotivation),
          share(m.late),
          share(m.missing),
          String(m.pending),
        ]);
      }),
      paint,
    ),
  );

  const s = f.spoor2;
  const top = s.topFindings[0];
  section(
    t.spoor2,
    formatTable(
      t.figureHeader,
      [
        [t.started, String(s.started)],
        [t.before52, share(s.startedBeforeWeek52)],
        [t.startWeek, `${number(s.startWeek.median, lang)}, ${number(s.startWeek.mean, lang)}`],
        [t.fromLatest, number(s.weeksFromLatestStart.median, lang)],
        [t.trajectories, String(s.trajectories)],
        [t.duration, number(s.durationWeeks.median, lang)],
        [t.perWeek, number(s.applicationsPerWeekMean, lang)],
        [t.online, share(s.onlineShareOfHours)],
        ...SPOOR2_OUTCOME_CATEGORIES.map(
          (o) =>
            [
              t.outcome(L.outcome[o][lang]),
              `${total.spoor2.outcomes[o]} (${share(s.outcomeShares[o])})`,
            ] as const,
        ),
        ...START_TIMINGS.map(
          ({ id }) => [t.workRate(L.timing[id][lang]), share(s.workRateByStartTiming[id])] as const,
        ),
        [t.topFinding, top === undefined ? '—' : `${top.code} (${top.cases})`],
      ].map((row) => plain(row)),
      paint,
    ),
  );

  section(
    t.trend,
    formatTable(
      t.overviewHeader(t.quarter),
      portfolioTrend(summary, 'quarter').map(({ period, slice }) => overviewRow(period, slice)),
      paint,
    ),
  );
  for (const key of groups) {
    const values = summary.byGroup[key] ?? {};
    section(
      t.group(key),
      formatTable(
        t.overviewHeader(t.value),
        Object.keys(values)
          .sort()
          .map((value) => overviewRow(value, values[value] as PortfolioSlice)),
        paint,
      ),
    );
  }
  return `${out.join('\n')}\n`;
}
