import type { Paragraph } from 'docx';
import type { Theme } from '../theme/theme.js';
import { heading } from './heading.js';
import { labeledText } from './labeled-text.js';
import { textParagraph } from './text-paragraph.js';

/**
 * The fixed line on the right to a deskundigenoordeel, printed under the employee's position on a
 * plan van aanpak.
 *
 * @example
 * ```ts
 * expect(text).toContain(DESKUNDIGENOORDEEL_TEXT);
 * ```
 * @see Wet SUWI art. 32 lid 1 onder e and f; BW 7:658b
 * @category Blocks
 */
export const DESKUNDIGENOORDEEL_TEXT =
  'Zijn werkgever en werknemer het oneens over de re-integratie, bijvoorbeeld over dit plan, over passend werk of over de inspanningen van een van beiden, dan kan ieder van hen bij UWV een deskundigenoordeel aanvragen (artikel 32 Wet SUWI).';

/**
 * The statements a plan van aanpak makes of the employee's position on it.
 *
 * @example
 * ```ts
 * AGREEMENT_TEXT.agrees; // 'De werknemer is het eens met dit plan van aanpak.'
 * ```
 * @category Blocks
 */
export const AGREEMENT_TEXT = {
  agrees: 'De werknemer is het eens met dit plan van aanpak.',
  disagrees: 'De werknemer is het niet eens met dit plan van aanpak.',
  unknown: 'Nog niet vastgelegd of de werknemer het eens is met dit plan van aanpak.',
} as const;

/**
 * The employee's position on a plan van aanpak: a heading, whether the employee agrees or
 * disagrees, the employee's comment, and the line on the right to a deskundigenoordeel.
 *
 * @param agreement - `agrees` and an optional `comment`; `undefined` says it is not recorded yet.
 * @param theme - Colours.
 * @param level - The heading level.
 * @returns The heading and paragraphs.
 * @example
 * ```ts
 * employeeAgreementBlock({ agrees: true }, defaultTheme, 1);
 * ```
 * @see BW 7:658a lid 3 (plan drawn up together); Wet SUWI art. 32
 * @category Blocks
 */
export function employeeAgreementBlock(
  agreement: { agrees: boolean; comment?: string | undefined } | undefined,
  theme: Theme,
  level: number,
): Paragraph[] {
  const statement =
    agreement === undefined
      ? AGREEMENT_TEXT.unknown
      : agreement.agrees
        ? AGREEMENT_TEXT.agrees
        : AGREEMENT_TEXT.disagrees;
  return [
    heading('Instemming van de werknemer', level),
    textParagraph(statement, theme),
    ...(agreement?.comment
      ? [labeledText('Toelichting van de werknemer', agreement.comment, theme)]
      : []),
    textParagraph(DESKUNDIGENOORDEEL_TEXT, theme),
  ];
}
