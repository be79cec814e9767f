import {
  casePhase,
  checkCase,
  computeTimeline,
  type Finding,
  formatDate,
  spoor2Status,
} from '@poortwachter/core';
import type { ResolvedContentOf } from '@poortwachter/schema';
import type { FileChild } from 'docx';
import { bulletList } from '../blocks/bullet-list.js';
import { dataTable } from '../blocks/data-table.js';
import { fieldsTable } from '../blocks/fields-table.js';
import { heading } from '../blocks/heading.js';
import { milestoneTable } from '../blocks/milestone-table.js';
import { textParagraph } from '../blocks/text-paragraph.js';
import { LABELS } from '../format/labels.js';
import type { Theme } from '../theme/theme.js';
import type { Rasterizer } from '../timeline/rasterizer.js';
import { timelinePicture } from '../timeline/timeline-picture.js';
import type { SectionContext } from './section-context.js';

const date = (value: string | null | undefined): string | undefined =>
  value ? formatDate(value) : undefined;

function findingsTable(findings: readonly Finding[], theme: Theme, emptyText: string) {
  return dataTable(
    [
      { header: 'Ernst', weight: 17 },
      { header: 'Bevinding', weight: 63 },
      { header: 'Uiterlijk', weight: 20 },
    ],
    findings.map((f) => [
      {
        text: LABELS.severity[f.severity],
        bold: true,
        color:
          f.severity === 'error'
            ? theme.colors.status.overdue
            : f.severity === 'warning'
              ? theme.colors.status.late
              : undefined,
      },
      f.message.nl,
      date(f.due) ?? '—',
    ]),
    theme,
    emptyText,
  );
}

/**
 * The sections of a dossieroverzicht, computed from the case by `@poortwachter/core` as of the
 * content's `asOf`: where the case stands (phase, sick-week, spoor 1 and 2, end of the waiting
 * period), the drawn timeline, the milestones table with the status of each, the open findings
 * (a milestone carried out late is listed apart, under "Te laat uitgevoerd", not as open), the
 * timeline's warnings, and the notes. No BSN: this overview is not part of the
 * re-integratieverslag.
 *
 * @param content - The resolved dossieroverzicht.
 * @param ctx - Theme and heading level.
 * @param rasterizer - Makes the PNG fallback of the timeline picture.
 * @returns The sections' paragraphs, tables and picture.
 * @example
 * ```ts
 * import { nodeRasterizer } from '@poortwachter/report-raster/node';
 *
 * const children = await dossieroverzichtSections(overzicht, { theme: defaultTheme, level: 1 }, nodeRasterizer());
 * ```
 * @see Regeling procesgang eerste en tweede ziektejaar (BWBR0013540); BW 7:658a; {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#1-milestones | docs/rules.md §1–§4}
 * @category Documents
 */
export async function dossieroverzichtSections(
  content: ResolvedContentOf<'dossieroverzicht'>,
  ctx: SectionContext,
  rasterizer: Rasterizer,
): Promise<FileChild[]> {
  const { theme, level } = ctx;
  const options = { asOf: content.asOf };
  const timeline = computeTimeline(content.case, options);
  const phase = casePhase(content.case, options);
  const tracks = spoor2Status(content.case, options);
  // A finding on a milestone that was carried out (late) is history, not an open point.
  const findings = checkCase(content.case, options);
  const open = findings.filter((f) => f.eventDate == null);
  const late = findings.filter((f) => f.eventDate != null);
  const spoor2 = [
    LABELS.spoor2[tracks.spoor2],
    tracks.reason ? LABELS.spoor2Reason[tracks.reason] : '',
    tracks.since ? `sinds ${formatDate(tracks.since)}` : '',
    tracks.due ? `uiterlijk ${formatDate(tracks.due)}` : '',
  ].filter(Boolean);
  return [
    heading('Stand van zaken', level),
    fieldsTable(
      [
        {
          fields: [
            ['Werknemer', content.case.employee?.name],
            ['Werkgever', content.case.employer?.name],
            ['Eerste ziektedag', date(timeline.firstSickDay)],
            ['Peildatum', date(content.asOf)],
            ['Fase', `${LABELS.casePhase[phase.phase]} (ziekteweek ${phase.sickWeek})`],
            ['Spoor 1', tracks.spoor1 === 'actief' ? 'Actief' : 'Afgerond'],
            ['Spoor 2', spoor2.join(', ')],
            ['Einde wachttijd', date(timeline.waitingPeriod.lastDay) ?? 'niet bereikt'],
          ],
        },
      ],
      theme,
      2,
    ),
    ...(content.notes ? [heading('Notities', level), textParagraph(content.notes, theme)] : []),
    heading('Tijdlijn', level),
    await timelinePicture(timeline, theme, rasterizer),
    heading('Mijlpalen', level),
    milestoneTable(timeline.milestones, theme),
    heading('Openstaande bevindingen', level),
    findingsTable(open, theme, 'Geen openstaande bevindingen.'),
    ...(late.length
      ? [heading('Te laat uitgevoerd', level), findingsTable(late, theme, 'Geen.')]
      : []),
    ...(timeline.warnings.length
      ? [
          heading('Opmerkingen', level),
          ...bulletList(
            timeline.warnings.map((w) => w.message.nl),
            theme,
          ),
        ]
      : []),
  ];
}
