import { formatDate } from '@poortwachter/core';
import type { ResolvedContentOf } from '@poortwachter/schema';
import type { FileChild } from 'docx';
import { activityTable } from '../blocks/activity-table.js';
import { bulletList } from '../blocks/bullet-list.js';
import { dataTable } from '../blocks/data-table.js';
import { employeeAgreementBlock } from '../blocks/employee-agreement.js';
import { heading } from '../blocks/heading.js';
import { labeledText } from '../blocks/labeled-text.js';
import { signatureBlock } from '../blocks/signature-block.js';
import { textParagraph } from '../blocks/text-paragraph.js';
import { formatNumber } from '../format/format-number.js';
import { LABELS } from '../format/labels.js';
import type { SectionContext } from './section-context.js';

const date = (value: string | undefined): string => (value ? formatDate(value) : '—');

/**
 * The sections of a plan van aanpak: the probleemanalyse in functional terms, the goals (the
 * tussendoelen numbered), the activities with their goal and tussendoel, the opbouwschema,
 * interventions and adjustments, the contact agreements, the evaluation moments, the employee's
 * agreement with the line on the deskundigenoordeel, the signatures and who receives a copy. Used on its own and inside a
 * re-integratieverslag.
 *
 * @param content - The resolved plan van aanpak.
 * @param ctx - Theme and heading level.
 * @returns The sections' paragraphs and tables.
 * @example
 * ```ts
 * const children = planVanAanpakSections(planVanAanpak, { theme: defaultTheme, level: 1 });
 * ```
 * @see BW 7:658a lid 3; Regeling procesgang eerste en tweede ziektejaar art. 4; UWV form "Plan van aanpak"; Wet SUWI art. 32
 * @category Documents
 */
export function planVanAanpakSections(
  content: ResolvedContentOf<'plan-van-aanpak'>,
  ctx: SectionContext,
): FileChild[] {
  const { theme, level } = ctx;
  const summary = content.functionalSummary;
  return [
    heading('Probleemanalyse', level),
    labeledText(
      'Datum probleemanalyse',
      content.probleemanalyseDate && formatDate(content.probleemanalyseDate),
      theme,
    ),
    heading('Beperkingen', level + 1),
    // Empty limitations are an incompleteness (an `error` finding): only a concept shows this.
    ...bulletList(summary?.limitations ?? [], theme, 'Nog niet ingevuld.'),
    heading('Mogelijkheden', level + 1),
    ...bulletList(summary?.possibilities ?? [], theme),
    labeledText('Verwacht verloop van de werkhervatting', summary?.expectedCourse, theme),
    labeledText('Verwachte duur', summary?.expectedDuration, theme),

    heading('Doel', level),
    labeledText('Einddoel', content.endGoal && LABELS.endGoal[content.endGoal], theme),
    ...(content.endGoalExplanation ? [textParagraph(content.endGoalExplanation, theme)] : []),
    heading('Tussendoelen', level + 1),
    dataTable(
      [
        { header: 'Nr.', weight: 7 },
        { header: 'Tussendoel', weight: 68 },
        { header: 'Streefdatum', weight: 25 },
      ],
      content.intermediateGoals.map((g, i) => [String(i + 1), g.description, date(g.targetDate)]),
      theme,
      'Geen tussendoelen opgenomen.',
    ),

    heading('Activiteiten en stappen', level),
    activityTable(content.activities, theme),
    heading('Opbouwschema', level + 1),
    dataTable(
      [
        { header: 'Vanaf', weight: 25 },
        { header: 'Uren per week', weight: 20 },
        { header: 'Taken', weight: 55 },
      ],
      content.opbouwschema.map((r) => [
        formatDate(r.from),
        formatNumber(r.hoursPerWeek),
        r.tasks ?? '—',
      ]),
      theme,
      'Geen opbouwschema opgenomen.',
    ),
    heading('Interventies', level + 1),
    dataTable(
      [
        { header: 'Interventie', weight: 45 },
        { header: 'Aanbieder', weight: 30 },
        { header: 'Vanaf', weight: 25 },
      ],
      content.interventions.map((i) => [i.description, i.provider ?? '—', date(i.startDate)]),
      theme,
      'Geen interventies opgenomen.',
    ),
    heading('Aanpassingen', level + 1),
    ...bulletList(content.adjustments, theme),

    heading('Contactafspraken', level),
    dataTable(
      [
        { header: 'Hoe', weight: 40 },
        { header: 'Hoe vaak', weight: 30 },
        { header: 'Initiatief', weight: 30 },
      ],
      content.contactAgreements.map((c) => [c.how, c.frequency, LABELS.party[c.initiative]]),
      theme,
      'Geen contactafspraken opgenomen.',
    ),

    heading('Evaluatiemomenten', level),
    dataTable(
      [
        { header: 'Datum', weight: 25 },
        { header: 'Soort', weight: 25 },
        { header: 'Omschrijving', weight: 50 },
      ],
      content.evaluationMoments.map((e) => [
        formatDate(e.date),
        LABELS.evaluationType[e.type],
        e.description ?? '—',
      ]),
      theme,
      'Geen evaluatiemomenten opgenomen.',
    ),

    ...employeeAgreementBlock(content.employeeAgreement, theme, level),
    ...signatureBlock(content.signatures, content.case, theme, level),
    labeledText('Afschrift aan', content.copiesTo.map((r) => LABELS.party[r]).join(', '), theme),
  ];
}
