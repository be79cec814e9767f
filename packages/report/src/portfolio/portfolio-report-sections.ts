import {
  CASE_PHASES,
  formatDate,
  type PortfolioSlice,
  portfolioFigures,
  portfolioTrend,
  SPOOR2_OUTCOME_CATEGORIES,
  SPOOR2_STATES,
  START_TIMINGS,
  STATUS_LABELS,
  TIMELINESS_MEASURES,
} from '@poortwachter/core';
import type { FileChild } from 'docx';
import { dataTable } from '../blocks/data-table.js';
import { fieldsTable } from '../blocks/fields-table.js';
import { heading } from '../blocks/heading.js';
import { privacyLine } from '../blocks/privacy-line.js';
import { textParagraph } from '../blocks/text-paragraph.js';
import { barChartSvg } from '../charts/bar-chart-svg.js';
import { chartPicture } from '../charts/chart-picture.js';
import { histogramSvg } from '../charts/histogram-svg.js';
import { lineChartSvg } from '../charts/line-chart-svg.js';
import { stackedBarChartSvg } from '../charts/stacked-bar-chart-svg.js';
import { LABELS } from '../format/labels.js';
import type { Theme } from '../theme/theme.js';
import type { Rasterizer } from '../timeline/rasterizer.js';
import { PORTFOLIO_REPORT_LABELS as L } from './portfolio-labels.js';
import type { PortfolioReportInput } from './portfolio-report-input.js';
import { quarterRange } from './quarter-range.js';

const WORK = ['plaatsing', 'detachering', 'proefplaatsing'] as const;

const pct = (share: number | null): string =>
  share === null ? '—' : `${Math.round(share * 100)}%`;

const num = (value: number | null): string =>
  value === null ? '—' : new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(value);

/** The share of trajectories with a result that ended in work (running ones left out). */
function workRate(slice: PortfolioSlice): number | null {
  const work = WORK.reduce((n, o) => n + slice.spoor2.outcomes[o], 0);
  const ended = work + slice.spoor2.outcomes.geen;
  return ended > 0 ? work / ended : null;
}

/** A figure of a slice, `null` for a period without cases. */
const figureOf = (
  slice: PortfolioSlice | undefined,
  pick: (f: ReturnType<typeof portfolioFigures>) => number | null,
): number | null => (slice === undefined ? null : pick(portfolioFigures(slice)));

const OVERVIEW_COLUMNS = (first: string) => [
  { header: first, weight: 20 },
  { header: 'Dossiers', weight: 11 },
  { header: 'PA op tijd', weight: 11 },
  { header: 'PvA op tijd', weight: 11 },
  { header: 'Evaluaties op tijd', weight: 12 },
  { header: 'Spoor 2 gestart', weight: 11 },
  { header: 'Vóór week 52', weight: 11 },
  { header: 'Werk als uitkomst', weight: 13 },
];

function overviewRow(label: string, slice: PortfolioSlice): string[] {
  const f = portfolioFigures(slice);
  return [
    label,
    String(f.cases),
    pct(f.timeliness.probleemanalyse.onTime),
    pct(f.timeliness['plan-van-aanpak'].onTime),
    pct(f.timeliness.evaluatie.onTime),
    String(f.spoor2.started),
    pct(f.spoor2.startedBeforeWeek52),
    pct(workRate(slice)),
  ];
}

/**
 * The sections of a portfolio management report, below its title: the overview (organisation,
 * as-of date, number of cases, the work list's size), cases per phase, spoor 1 and 2, timeliness
 * per milestone, spoor 2 (start weeks against the latest start, outcomes by start timing, key
 * figures), the trend by quarter of the first sick day, a table per grouping key, and the work
 * list as an appendix. Every chart is a picture with alternative text, followed by a table with
 * its numbers. Nothing per person but the case references in the appendix; nothing medical.
 *
 * @param input - The summary, the work list and the grouping keys to show.
 * @param theme - Fonts, colours and the organisation's name.
 * @param rasterizer - Makes the PNG fallback of the charts.
 * @returns The paragraphs, tables and pictures.
 * @example
 * ```ts
 * import { createPortfolioAccumulator } from '@poortwachter/core';
 * import { nodeRasterizer } from '@poortwachter/report-raster/node';
 *
 * const acc = createPortfolioAccumulator({ asOf: '2025-09-01' });
 * acc.add({ externalRef: 'HR-1', sickPeriods: [{ start: '2025-06-02' }] });
 * const children = await portfolioReportSections(
 *   { summary: acc.summary(), workList: acc.workList() },
 *   defaultTheme,
 *   nodeRasterizer(),
 * );
 * ```
 * @see docs/guides/portfolio.md
 * @category Portfolio report
 */
export async function portfolioReportSections(
  input: PortfolioReportInput,
  theme: Theme,
  rasterizer: Rasterizer,
): Promise<FileChild[]> {
  const { summary, workList } = input;
  const { total, settings } = summary;
  const f = portfolioFigures(total);
  const { colors } = theme;
  const items = workList.items;
  const overdue = items.filter((i) => i.status === 'overdue').length;
  const out: FileChild[] = [];

  out.push(
    fieldsTable(
      [
        {
          fields: [
            ['Organisatie', theme.organisation?.name],
            ['Peildatum', formatDate(settings.asOf)],
            ['Dossiers', String(total.cases)],
            ['Niet te gebruiken', String(summary.invalid)],
            [
              'Werklijst',
              `${overdue} te laat, ${items.length - overdue} binnen ${settings.window} dagen`,
            ],
            ['Groepering', (input.groups ?? []).join(', ') || 'geen'],
          ],
        },
      ],
      theme,
      2,
    ),
    privacyLine(theme),
    textParagraph(
      'Deze rapportage telt de dossiers van de portefeuille op de peildatum, volgens de regels van de Wet verbetering poortwachter. Elk cijfer is terug te voeren op de dossiers erachter; de bijlage noemt alleen dossierkenmerken.',
      theme,
    ),
  );

  // Cases per phase.
  const phaseRows = CASE_PHASES.map((p) => ({
    label: LABELS.casePhase[p].replace(/ \(.*\)$/, ''),
    value: total.phases[p],
    share: f.phaseShares[p],
  }));
  out.push(
    heading('Dossiers per fase', 1),
    await chartPicture(
      barChartSvg(
        phaseRows.map((r) => ({
          label: r.label,
          value: r.value,
          display: `${r.value} (${pct(r.share)})`,
        })),
        theme,
      ),
      {
        name: 'Dossiers per fase',
        title: 'Staafdiagram: dossiers per fase',
        description: phaseRows.map((r) => `${r.label}: ${r.value}`).join('; '),
      },
      rasterizer,
    ),
    dataTable(
      [
        { header: 'Fase', weight: 60 },
        { header: 'Dossiers', weight: 20 },
        { header: 'Aandeel', weight: 20 },
      ],
      CASE_PHASES.map((p) => [LABELS.casePhase[p], String(total.phases[p]), pct(f.phaseShares[p])]),
      theme,
    ),
    heading('Spoor 1 en spoor 2', 1),
    dataTable(
      [
        { header: 'Stand', weight: 60 },
        { header: 'Dossiers', weight: 20 },
        { header: 'Aandeel', weight: 20 },
      ],
      [
        ...(['actief', 'afgerond'] as const).map((s) => [
          `Spoor 1 ${s}`,
          String(total.spoor1[s]),
          pct(total.cases > 0 ? total.spoor1[s] / total.cases : null),
        ]),
        ...SPOOR2_STATES.map((s) => [
          `Spoor 2: ${LABELS.spoor2[s].toLowerCase()}`,
          String(total.spoor2Status[s]),
          pct(total.cases > 0 ? total.spoor2Status[s] / total.cases : null),
        ]),
      ],
      theme,
    ),
  );

  // Timeliness per milestone.
  const timelinessSeries = [
    { label: 'Op tijd', color: colors.status.done },
    { label: 'Te laat, gemotiveerd', color: colors.status.upcoming },
    { label: 'Te laat', color: colors.status.late },
    { label: 'Ontbreekt', color: colors.status.overdue },
  ];
  const measures = TIMELINESS_MEASURES.map(({ id }) => ({
    label: L.measure[id],
    counts: [
      total.timeliness[id]['on-time'],
      total.timeliness[id]['late-with-motivation'],
      total.timeliness[id].late,
      total.timeliness[id].missing,
    ],
    figures: f.timeliness[id],
  }));
  out.push(
    heading('Tijdigheid per mijlpaal', 1),
    await chartPicture(
      stackedBarChartSvg(
        measures.map((m) => ({ label: m.label.replace(/ \(42 weken\)$/, ''), counts: m.counts })),
        timelinessSeries,
        theme,
      ),
      {
        name: 'Tijdigheid',
        title: 'Gestapeld staafdiagram: tijdigheid per mijlpaal',
        description: measures
          .map(
            (m) =>
              `${m.label}: ${m.figures.measured} gemeten, op tijd ${pct(m.figures.onTime)}, te laat met motivering ${pct(m.figures.lateWithMotivation)}, te laat ${pct(m.figures.late)}, ontbreekt ${pct(m.figures.missing)}`,
          )
          .join('; '),
      },
      rasterizer,
    ),
    textParagraph(
      'Per mijlpaal het aandeel van de stappen die al moesten zijn gezet: op tijd, te laat met een motivering, te laat, of nog niet vastgelegd terwijl de termijn voorbij is. Stappen waarvan de termijn nog loopt tellen niet mee.',
      theme,
    ),
    dataTable(
      [
        { header: 'Mijlpaal', weight: 28 },
        { header: 'Gemeten', weight: 11 },
        { header: 'Op tijd', weight: 11 },
        { header: 'Te laat, gemotiveerd', weight: 14 },
        { header: 'Te laat', weight: 11 },
        { header: 'Ontbreekt', weight: 12 },
        { header: 'Termijn loopt', weight: 13 },
      ],
      measures.map((m) => [
        m.label,
        String(m.figures.measured),
        pct(m.figures.onTime),
        pct(m.figures.lateWithMotivation),
        pct(m.figures.late),
        pct(m.figures.missing),
        String(m.figures.pending),
      ]),
      theme,
    ),
  );

  // Spoor 2: start weeks against the latest start.
  const s = f.spoor2;
  const fromLatest = total.spoor2.weeksFromLatestStart;
  const fromLatestWeeks = Object.keys(fromLatest)
    .map(Number)
    .sort((a, b) => a - b);
  out.push(
    heading('Spoor 2', 1),
    heading('Start van spoor 2 ten opzichte van de laatste startdatum', 2),
    await chartPicture(
      histogramSvg(fromLatest, theme, {
        xLabel: 'Weken ten opzichte van de laatste startdatum',
        marker: { week: 0, label: 'laatste startdatum' },
      }),
      {
        name: 'Start spoor 2',
        title: 'Histogram: start van spoor 2 in weken ten opzichte van de laatste startdatum',
        description:
          fromLatestWeeks.length === 0
            ? 'Geen gegevens.'
            : fromLatestWeeks.map((w) => `week ${w}: ${fromLatest[String(w)]}`).join('; '),
      },
      rasterizer,
    ),
    textParagraph(
      `Week 0 is de week tot en met de laatste startdatum van spoor 2 (uiterlijk week 58, of zes weken na de eerstejaarsevaluatie); negatieve weken liggen ervoor. ${s.started} ${s.started === 1 ? 'dossier is' : 'dossiers zijn'} met spoor 2 gestart, ${pct(s.startedBeforeWeek52)} vóór ziekteweek 52.`,
      theme,
    ),
    dataTable(
      [
        { header: 'Moment van starten', weight: 40 },
        { header: 'Dossiers', weight: 15 },
        { header: 'Aandeel', weight: 15 },
        { header: 'Werk als uitkomst', weight: 30 },
      ],
      [
        ...START_TIMINGS.map(({ id }) => [
          L.timing[id],
          String(total.spoor2.startTiming[id]),
          pct(s.startTimingShares[id]),
          pct(s.workRateByStartTiming[id]),
        ]),
      ],
      theme,
    ),
  );

  // Outcomes by start timing.
  const timings = [...START_TIMINGS.map((t) => t.id), 'unknown'] as const;
  const outcomeRows = timings
    .filter(
      (t) =>
        t !== 'unknown' ||
        SPOOR2_OUTCOME_CATEGORIES.some((o) => total.spoor2.outcomeByStartTiming.unknown[o] > 0),
    )
    .map((t) => ({
      label: L.timingOrUnknown[t],
      counts: SPOOR2_OUTCOME_CATEGORIES.map((o) => total.spoor2.outcomeByStartTiming[t][o]),
    }));
  const outcomeColors = [
    colors.status.done,
    '66BB6A',
    'A5D6A7',
    colors.status.overdue,
    colors.status.inactive,
  ];
  out.push(
    heading('Uitkomst naar moment van starten', 2),
    await chartPicture(
      stackedBarChartSvg(
        outcomeRows,
        SPOOR2_OUTCOME_CATEGORIES.map((o, i) => ({
          label: L.outcome[o],
          color: outcomeColors[i] ?? colors.muted,
        })),
        theme,
      ),
      {
        name: 'Uitkomsten',
        title: 'Gestapeld staafdiagram: uitkomst van spoor 2 naar moment van starten',
        description: outcomeRows
          .map(
            (r) =>
              `${r.label}: ${SPOOR2_OUTCOME_CATEGORIES.map((o, i) => `${L.outcome[o].toLowerCase()} ${r.counts[i]}`).join(', ')}`,
          )
          .join('; '),
      },
      rasterizer,
    ),
    dataTable(
      [
        { header: 'Start', weight: 25 },
        ...SPOOR2_OUTCOME_CATEGORIES.map((o) => ({ header: L.outcome[o], weight: 15 })),
      ],
      outcomeRows.map((r) => [r.label, ...r.counts.map(String)]),
      theme,
    ),
    heading('Kerncijfers spoor 2', 2),
    dataTable(
      [
        { header: 'Cijfer', weight: 70 },
        { header: 'Waarde', weight: 30 },
      ],
      [
        [
          'Ziekteweek van de start (mediaan, gemiddeld)',
          `${num(s.startWeek.median)}, ${num(s.startWeek.mean)}`,
        ],
        [
          'Weken ten opzichte van de laatste startdatum (mediaan)',
          num(s.weeksFromLatestStart.median),
        ],
        ['Trajecten', String(s.trajectories)],
        ['Duur van afgeronde trajecten in weken (mediaan)', num(s.durationWeeks.median)],
        ['Sollicitaties per week (gemiddeld)', num(s.applicationsPerWeekMean)],
        ['Online aandeel van de begeleidingsuren', pct(s.onlineShareOfHours)],
        ...SPOOR2_OUTCOME_CATEGORIES.map((o) => [
          `Uitkomst: ${L.outcome[o].toLowerCase()}`,
          `${total.spoor2.outcomes[o]} (${pct(s.outcomeShares[o])})`,
        ]),
        ...s.topFindings
          .slice(0, 3)
          .map((t) => [
            `Bevinding: ${(L.finding as Record<string, string | undefined>)[t.code] ?? t.code}`,
            `${t.cases} ${t.cases === 1 ? 'dossier' : 'dossiers'}`,
          ]),
      ],
      theme,
    ),
  );

  // Trend by quarter.
  const trend = portfolioTrend(summary, 'quarter');
  const quarters = quarterRange(trend.map((p) => p.period));
  const at = (period: string) => trend.find((p) => p.period === period)?.slice;
  const trendSeries = [
    {
      label: 'Probleemanalyse op tijd',
      color: colors.accent,
      values: quarters.map((q) => figureOf(at(q), (f) => f.timeliness.probleemanalyse.onTime)),
    },
    {
      label: 'Evaluaties op tijd',
      color: colors.status.late,
      values: quarters.map((q) => figureOf(at(q), (f) => f.timeliness.evaluatie.onTime)),
    },
    {
      label: 'Spoor 2 vóór week 52',
      color: colors.status.done,
      values: quarters.map((q) => figureOf(at(q), (f) => f.spoor2.startedBeforeWeek52)),
    },
  ];
  out.push(
    heading('Trend per kwartaal', 1),
    await chartPicture(
      lineChartSvg(quarters, trendSeries, theme),
      {
        name: 'Trend',
        title: 'Lijndiagram: trend per kwartaal van de eerste ziektedag',
        description: quarters
          .map(
            (q, i) =>
              `${q}: ${trendSeries.map((l) => `${l.label.toLowerCase()} ${pct(l.values[i] ?? null)}`).join(', ')}`,
          )
          .join('; '),
      },
      rasterizer,
    ),
    textParagraph(
      'Per kwartaal van de eerste ziektedag (van de laatste ziekteketen): hoe tijdig de stappen werden gezet en hoe vroeg spoor 2 begon. Een kwartaal zonder gemeten stappen onderbreekt de lijn.',
      theme,
    ),
    dataTable(
      OVERVIEW_COLUMNS('Kwartaal'),
      trend.map((p) => overviewRow(p.period, p.slice)),
      theme,
    ),
  );

  for (const key of input.groups ?? []) {
    const values = summary.byGroup[key] ?? {};
    out.push(
      heading(`Per ${key}`, 1),
      dataTable(
        OVERVIEW_COLUMNS('Groep'),
        Object.keys(values)
          .sort()
          .map((value) => overviewRow(value, values[value] as PortfolioSlice)),
        theme,
      ),
    );
  }

  out.push(
    heading('Bijlage: werklijst', 1, { pageBreakBefore: true }),
    textParagraph(
      `Alles wat op ${formatDate(settings.asOf)} te laat is of binnen ${settings.window} dagen moet gebeuren, op datum.`,
      theme,
    ),
    dataTable(
      [
        { header: 'Datum', weight: 15 },
        { header: 'Status', weight: 12 },
        { header: 'Dossier', weight: 10 },
        { header: 'Wie', weight: 24 },
        { header: 'Actie', weight: 39 },
      ],
      items.map((item) => [
        formatDate(item.date),
        {
          text: STATUS_LABELS[item.status].nl,
          bold: true,
          color: item.status === 'overdue' ? colors.status.overdue : undefined,
        },
        item.ref,
        L.actor[item.actor],
        item.message.nl,
      ]),
      theme,
      'Niets te laat en niets binnen het venster.',
    ),
  );
  return out;
}
