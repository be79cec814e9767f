import { formatDate } from '@poortwachter/core';
import type { ResolvedContentOf } from '@poortwachter/schema';
import type { FileChild } from 'docx';
import { activityTable } from '../blocks/activity-table.js';
import { dataTable } from '../blocks/data-table.js';
import { heading } from '../blocks/heading.js';
import { planChangesTable } from '../blocks/plan-changes-table.js';
import { signatureBlock } from '../blocks/signature-block.js';
import { textParagraph } from '../blocks/text-paragraph.js';
import { LABELS } from '../format/labels.js';
import type { SectionContext } from './section-context.js';

/**
 * The sections of a bijstelling plan van aanpak / evaluatieverslag: the plan it changes (date
 * and version), the participants, the agreements from the previous evaluation and what happened, the status against the goals, the changes to the plan
 * (each recognisable as a change: what it was, what it becomes, why), the activities for the
 * coming period, the next evaluation date and the signatures.
 *
 * @param content - The resolved bijstelling.
 * @param ctx - Theme and heading level.
 * @returns The sections' paragraphs and tables.
 * @example
 * ```ts
 * const children = bijstellingSections(bijstelling, { theme: defaultTheme, level: 1 });
 * ```
 * @see BW 7:658a lid 3 (bijstelling van het plan van aanpak); Beleidsregels beoordelingskader poortwachter (BWBR0014375)
 * @category Documents
 */
export function bijstellingSections(
  content: ResolvedContentOf<'bijstelling'>,
  ctx: SectionContext,
): FileChild[] {
  const { theme, level } = ctx;
  const plan = content.changesPlan;
  return [
    heading('Bijgesteld plan', level),
    textParagraph(
      plan &&
        `Dit verslag evalueert en wijzigt het plan van aanpak van ${formatDate(plan.date)}${plan.version === undefined ? '' : ` (versie ${plan.version})`}.`,
      theme,
    ),
    heading('Deelnemers', level),
    dataTable(
      [
        { header: 'Naam', weight: 50 },
        { header: 'Functie', weight: 50 },
      ],
      content.participants.map((p) => [p.name, p.function]),
      theme,
      'Geen deelnemers opgegeven.',
    ),
    heading('Afspraken uit de vorige evaluatie', level),
    dataTable(
      [
        { header: 'Afspraak', weight: 50 },
        { header: 'Wat is er gebeurd', weight: 50 },
      ],
      content.previousAgreements.map((a) => [a.agreement, a.outcome ?? '—']),
      theme,
      'Geen eerdere afspraken opgenomen.',
    ),
    heading('Stand van zaken per doel', level),
    dataTable(
      [
        { header: 'Doel', weight: 40 },
        { header: 'Status', weight: 18 },
        { header: 'Toelichting', weight: 42 },
      ],
      content.goalStatus.map((g) => [g.goal, LABELS.goalStatus[g.status], g.explanation ?? '—']),
      theme,
      'Geen doelen besproken.',
    ),
    heading('Wijzigingen in het plan van aanpak', level),
    planChangesTable(content.changes, theme),
    heading('Activiteiten voor de komende periode', level),
    activityTable(content.activities, theme),
    heading('Volgende evaluatie', level),
    textParagraph(content.nextEvaluationDate && formatDate(content.nextEvaluationDate), theme),
    ...signatureBlock(content.signatures, content.case, theme, level),
  ];
}
