import { daysBetween, formatDate } from '@poortwachter/core';
import type { ResolvedContentOf } from '@poortwachter/schema';
import type { FileChild } from 'docx';
import { applicationsTable } from '../blocks/applications-table.js';
import { dataTable } from '../blocks/data-table.js';
import { fieldsTable } from '../blocks/fields-table.js';
import { heading } from '../blocks/heading.js';
import { signatureBlock } from '../blocks/signature-block.js';
import { textParagraph } from '../blocks/text-paragraph.js';
import { formatNumber } from '../format/format-number.js';
import { LABELS } from '../format/labels.js';
import { spoor2ReportFacts } from '../spoor2/spoor2-report-facts.js';
import { periodText } from '../spoor2/spoor2-text.js';
import { spoor2TotalsRows } from '../spoor2/spoor2-totals-rows.js';
import { authorsText } from './part-intro.js';
import type { SectionContext } from './section-context.js';

const date = (value: string | null | undefined): string | undefined =>
  value ? formatDate(value) : undefined;

/**
 * The sections of a spoor-2 eindrapportage, with every fact taken from the case's `spoor2`
 * section: the course of the trajectory (dates, duration, provider, goal, and the phases with
 * their dates and the content file's summary of each); the result, with the placement's
 * employer, function, start and hours only when there is a placement, and the reasons for
 * non-placement (from the content file) only when there is none; the totals (applications,
 * interviews, applications a week in the mediation period against the agreed number,
 * activities, trainings, hours by mode); the activities by type and mode with hours; every
 * application with date, employer, function, channel and result; then the advice, the
 * employee's view and the signatures (the adviser's, and the employee's when given).
 *
 * @param content - The resolved eindrapportage.
 * @param ctx - Theme and heading level.
 * @returns The sections' paragraphs and tables.
 * @example
 * ```ts
 * const children = spoor2EindrapportageSections(eindrapportage, { theme: defaultTheme, level: 1 });
 * ```
 * @see Beleidsregels beoordelingskader poortwachter (BWBR0014375) ch. 5
 * @category Documents
 */
export function spoor2EindrapportageSections(
  content: ResolvedContentOf<'spoor-2-eindrapportage'>,
  ctx: SectionContext,
): FileChild[] {
  const { theme, level } = ctx;
  const facts = spoor2ReportFacts(content.case, content);
  const t = facts.trajectory;
  const slice = facts.slice;
  const placement = facts.placement;
  const start = t ? (t.intake ?? t.referral) : undefined;
  const days = start && facts.closed ? daysBetween(start, facts.closed) : null;
  const adviser = t?.provider?.adviser;
  const summary = (phase: string) =>
    content.phaseSummaries
      .filter((s) => s.phase === phase)
      .map((s) => s.summary)
      .join('\n') || '—';

  return [
    heading('Verloop van het traject', level),
    fieldsTable(
      [
        {
          fields: [
            ['Traject', start ? periodText(start, facts.closed).replace('\n', ' ') : undefined],
            [
              'Duur',
              days === null
                ? undefined
                : `${days} dagen (${formatNumber(Math.round(days / 7))} weken)`,
            ],
            ['Re-integratiebedrijf', t?.provider?.name],
            ['Loopbaanadviseur', authorsText(adviser ? [adviser] : [])],
            ['Trajectdoel', t?.plan?.goal],
          ],
        },
      ],
      theme,
    ),
    heading('Fasen', level + 1),
    dataTable(
      [
        { header: 'Fase', weight: 24 },
        { header: 'Periode', weight: 28 },
        { header: 'Samenvatting', weight: 48 },
      ],
      (slice?.phases ?? []).map((p) => [
        LABELS.spoor2Phase[p.phase],
        periodText(p.start, p.end),
        summary(p.phase),
      ]),
      theme,
      'Het dossier legt geen fasen vast.',
    ),
    heading('Resultaat', level),
    fieldsTable(
      [
        {
          fields: [
            [
              'Uitkomst',
              t?.outcome
                ? LABELS.outcome[t.outcome.kind]
                : t
                  ? 'Nog geen uitkomst vastgelegd'
                  : undefined,
            ],
            ['Datum', date(t?.outcome?.date)],
            ...(placement
              ? ([
                  ['Werkgever', placement.employer],
                  ['Functie', placement.function],
                  [
                    'Uren per week',
                    placement.hoursPerWeek === undefined
                      ? undefined
                      : formatNumber(placement.hoursPerWeek),
                  ],
                ] as const)
              : []),
          ],
        },
      ],
      theme,
    ),
    ...(placement
      ? []
      : [
          heading('Redenen waarom plaatsing niet lukte', level),
          textParagraph(content.nonPlacementReasons, theme),
        ]),
    heading('Totalen', level),
    dataTable(
      [
        { header: 'Onderdeel', weight: 70 },
        { header: 'Aantal', weight: 30 },
      ],
      slice
        ? [
            ...spoor2TotalsRows(slice.totals),
            [
              `Sollicitaties per week in de bemiddeling (afgesproken: ${formatNumber(facts.agreedApplicationsPerWeek)})`,
              facts.applicationsPerWeek === null ? '—' : formatNumber(facts.applicationsPerWeek),
            ],
          ]
        : [],
      theme,
      'Geen totalen: het dossier heeft geen spoor-2-traject.',
    ),
    heading('Activiteiten per soort en vorm', level),
    dataTable(
      [
        { header: 'Soort', weight: 28 },
        { header: 'Aantal', weight: 12 },
        { header: 'Op locatie (uur)', weight: 15 },
        { header: 'Thuis (uur)', weight: 15 },
        { header: 'Online (uur)', weight: 15 },
        { header: 'Totaal (uur)', weight: 15 },
      ],
      slice?.byType.length
        ? [
            ...slice.byType.map((r) => [
              LABELS.spoor2ActivityType[r.type],
              String(r.activities),
              formatNumber(r.hoursByMode['op-locatie']),
              formatNumber(r.hoursByMode.thuis),
              formatNumber(r.hoursByMode.online),
              formatNumber(r.hours),
            ]),
            [
              'Totaal',
              String(slice.totals.activities),
              formatNumber(slice.totals.hoursByMode['op-locatie']),
              formatNumber(slice.totals.hoursByMode.thuis),
              formatNumber(slice.totals.hoursByMode.online),
              formatNumber(slice.totals.hours),
            ],
          ]
        : [],
      theme,
      'Geen activiteiten in het traject.',
    ),
    heading('Sollicitaties', level),
    applicationsTable(slice?.applications ?? [], theme, 'Geen sollicitaties in het traject.'),
    heading('Advies', level),
    textParagraph(content.advice, theme),
    heading('Visie van de werknemer', level),
    textParagraph(content.employeeView, theme),
    ...signatureBlock(content.signatures, content.case, theme, level),
  ];
}
