import { formatDate } from '@poortwachter/core';
import type { ResolvedContentOf, Spoor2Decision } from '@poortwachter/schema';
import type { FileChild, Paragraph } from 'docx';
import { heading } from '../blocks/heading.js';
import { labeledText } from '../blocks/labeled-text.js';
import { planChangesTable } from '../blocks/plan-changes-table.js';
import { signatureBlock } from '../blocks/signature-block.js';
import { textParagraph } from '../blocks/text-paragraph.js';
import { LABELS } from '../format/labels.js';
import type { Theme } from '../theme/theme.js';
import { authorsText } from './part-intro.js';
import type { SectionContext } from './section-context.js';

const date = (value: string | undefined): string | undefined => value && formatDate(value);

function decisionParagraphs(decision: Spoor2Decision | undefined, theme: Theme): Paragraph[] {
  switch (decision?.decision) {
    case undefined:
      return [textParagraph(undefined, theme)];
    case 'start':
      return [
        labeledText('Besluit', 'Spoor 2 wordt ingezet', theme),
        labeledText('Startdatum', date(decision.startDate), theme),
        labeledText('Re-integratiebedrijf', decision.provider, theme),
        labeledText('Motivering', decision.motivation, theme),
      ];
    case 'skip':
      return [
        labeledText('Besluit', 'Spoor 2 wordt niet ingezet', theme),
        labeledText('Grond', LABELS.skipGround[decision.ground], theme),
        labeledText('Motivering', decision.motivation, theme),
      ];
    case 'postponed':
      return [
        labeledText('Besluit', 'Het besluit over spoor 2 is uitgesteld', theme),
        labeledText('Besluit uiterlijk', date(decision.decideBy), theme),
        labeledText('Motivering', decision.motivation, theme),
      ];
  }
}

/**
 * The sections of an eerstejaarsevaluatie: a look back on year 1 (activities carried out,
 * agreements kept, goals reached and what did not work, the date of the latest functional
 * capacity assessment), the employee's view, a look ahead to year 2, the
 * decision on spoor 2 (start date and provider, or the motivated skip ground), the
 * arbeidsdeskundig advice, the adjusted plan and the signatures.
 *
 * @param content - The resolved eerstejaarsevaluatie.
 * @param ctx - Theme and heading level.
 * @returns The sections' paragraphs and tables.
 * @example
 * ```ts
 * const children = eerstejaarsevaluatieSections(eerstejaarsevaluatie, { theme: defaultTheme, level: 1 });
 * ```
 * @see Regeling procesgang eerste en tweede ziektejaar; BW 7:658a lid 1 and 3; Beleidsregels beoordelingskader poortwachter (BWBR0014375) ch. 5
 * @category Documents
 */
export function eerstejaarsevaluatieSections(
  content: ResolvedContentOf<'eerstejaarsevaluatie'>,
  ctx: SectionContext,
): FileChild[] {
  const { theme, level } = ctx;
  const advice = content.arbeidsdeskundigAdvice;
  return [
    heading('Terugblik op het eerste ziektejaar', level),
    labeledText('Uitgevoerde activiteiten', content.lookBack?.activitiesHeld, theme),
    labeledText('Nakoming van de afspraken', content.lookBack?.agreementsKept, theme),
    labeledText('Bereikte doelen en wat niet lukte', content.lookBack?.goalsReached, theme),
    labeledText(
      'Laatste beoordeling van de belastbaarheid (FML)',
      date(content.capacityAssessmentDate),
      theme,
    ),
    heading('Visie van de werknemer', level),
    textParagraph(content.employeeView, theme),
    heading('Vooruitblik op het tweede ziektejaar', level),
    labeledText('Beoogd resultaat', content.lookAhead?.resultYear2, theme),
    labeledText('Aanpak', content.lookAhead?.approach, theme),
    heading('Besluit over spoor 2', level),
    ...decisionParagraphs(content.spoor2Decision, theme),
    heading('Arbeidsdeskundig advies', level),
    ...(advice
      ? [
          labeledText('Datum', date(advice.date), theme),
          labeledText(
            'Arbeidsdeskundige',
            authorsText(advice.author ? [advice.author] : []),
            theme,
          ),
          textParagraph(advice.summary, theme),
        ]
      : [textParagraph('Geen arbeidsdeskundig advies.', theme)]),
    heading('Bijgesteld plan van aanpak', level),
    labeledText('Einddoel', content.endGoal && LABELS.endGoal[content.endGoal], theme),
    planChangesTable(content.planChanges, theme),
    heading('Volgende evaluatie', level),
    textParagraph(date(content.nextEvaluationDate), theme),
    ...signatureBlock(content.signatures, content.case, theme, level),
  ];
}
