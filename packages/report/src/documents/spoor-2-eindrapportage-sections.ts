import { formatDate } from '@poortwachter/core';
import type { ResolvedContentOf } from '@poortwachter/schema';
import type { FileChild } from 'docx';
import { dataTable } from '../blocks/data-table.js';
import { fieldsTable } from '../blocks/fields-table.js';
import { heading } from '../blocks/heading.js';
import { signatureBlock } from '../blocks/signature-block.js';
import { textParagraph } from '../blocks/text-paragraph.js';
import { formatNumber } from '../format/format-number.js';
import { LABELS } from '../format/labels.js';
import type { SectionContext } from './section-context.js';

const date = (value: string | undefined): string | undefined => value && formatDate(value);
const period = (from: string | undefined, to: string | undefined): string =>
  from || to ? `${date(from) ?? '…'} –\n${date(to) ?? '…'}` : '—';

/**
 * The sections of a spoor-2 eindrapportage: the trajectory with its phases and dates, the
 * result (placement, detachering, contract or none), the reasons for non-placement, the totals
 * of applications, interviews and trainings, the advice, the employee's view and the adviser's
 * signature.
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
  const { result, totals } = content;
  return [
    heading('Verloop van het traject', level),
    textParagraph(
      `Trajectduur: ${period(content.trajectory?.from, content.trajectory?.to)}`,
      theme,
    ),
    dataTable(
      [
        { header: 'Fase', weight: 24 },
        { header: 'Periode', weight: 28 },
        { header: 'Samenvatting', weight: 48 },
      ],
      content.phases.map((p) => [
        LABELS.spoor2Phase[p.phase],
        period(p.from, p.to),
        p.summary ?? '—',
      ]),
      theme,
      'Geen fasen beschreven.',
    ),
    heading('Resultaat', level),
    fieldsTable(
      [
        {
          fields: [
            ['Uitkomst', result && LABELS.outcome[result.outcome]],
            ['Werkgever', result?.employer],
            ['Functie', result?.function],
            ['Ingangsdatum', date(result?.startDate)],
            [
              'Uren per week',
              result?.hoursPerWeek === undefined ? undefined : formatNumber(result.hoursPerWeek),
            ],
          ],
        },
      ],
      theme,
    ),
    heading('Redenen waarom plaatsing (nog) niet lukte', level),
    textParagraph(content.nonPlacementReasons, theme),
    heading('Totalen', level),
    dataTable(
      [
        { header: 'Sollicitaties', weight: 1 },
        { header: 'Gesprekken', weight: 1 },
        { header: 'Trainingen', weight: 1 },
      ],
      totals
        ? [[String(totals.applications), String(totals.interviews), String(totals.trainings)]]
        : [],
      theme,
      'Geen totalen opgegeven.',
    ),
    heading('Advies', level),
    textParagraph(content.advice, theme),
    heading('Visie van de werknemer', level),
    textParagraph(content.employeeView, theme),
    ...signatureBlock(content.signatures, content.case, theme, level),
  ];
}
