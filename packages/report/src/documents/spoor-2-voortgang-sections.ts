import { formatDate } from '@poortwachter/core';
import type { ResolvedContentOf } from '@poortwachter/schema';
import type { FileChild } from 'docx';
import { applicationsTable } from '../blocks/applications-table.js';
import { heading } from '../blocks/heading.js';
import { labeledText } from '../blocks/labeled-text.js';
import { signatureBlock } from '../blocks/signature-block.js';
import { spoor2ActivityTable } from '../blocks/spoor-2-activity-table.js';
import { textParagraph } from '../blocks/text-paragraph.js';
import type { SectionContext } from './section-context.js';

/**
 * The sections of a spoor-2 voortgangsrapportage: the period covered, the activities with
 * date, goal and result, the applications table, training and work experience, obstacles and
 * the employee's cooperation, changes to the zoekprofiel, the plan for the next period, the
 * employee's view and the signatures.
 *
 * @param content - The resolved voortgangsrapportage.
 * @param ctx - Theme and heading level.
 * @returns The sections' paragraphs and tables.
 * @example
 * ```ts
 * const children = spoor2VoortgangSections(voortgang, { theme: defaultTheme, level: 1 });
 * ```
 * @see Beleidsregels beoordelingskader poortwachter (BWBR0014375) ch. 5
 * @category Documents
 */
export function spoor2VoortgangSections(
  content: ResolvedContentOf<'spoor-2-voortgang'>,
  ctx: SectionContext,
): FileChild[] {
  const { theme, level } = ctx;
  return [
    heading('Rapportageperiode', level),
    textParagraph(
      `${formatDate(content.period.from)} tot en met ${formatDate(content.period.to)}`,
      theme,
    ),
    heading('Activiteiten in de periode', level),
    spoor2ActivityTable(content.activities, theme),
    heading('Sollicitaties', level),
    applicationsTable(content.applications, theme),
    heading('Scholing en werkervaring', level),
    textParagraph(content.trainingAndWorkExperience, theme),
    heading('Belemmeringen en medewerking', level),
    labeledText('Belemmeringen', content.obstacles, theme),
    labeledText('Medewerking van de werknemer', content.cooperation, theme),
    heading('Wijzigingen in het zoekprofiel', level),
    textParagraph(content.zoekprofielChanges, theme),
    heading('Plan voor de volgende periode', level),
    textParagraph(content.nextPeriodPlan, theme),
    heading('Visie van de werknemer', level),
    textParagraph(content.employeeView, theme),
    ...signatureBlock(content.signatures, content.case, theme, level),
  ];
}
