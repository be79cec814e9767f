import { AlignmentType, BorderStyle, Paragraph, TextRun } from 'docx';
import type { Theme } from '../theme/theme.js';

/**
 * The text of the marking on a document rendered with missing required content.
 *
 * @example
 * ```ts
 * expect(headerText).toContain(CONCEPT_TEXT); // 'CONCEPT — onvolledig'
 * ```
 * @category Blocks
 */
export const CONCEPT_TEXT = 'CONCEPT — onvolledig';

/**
 * The visible "CONCEPT — onvolledig" marking: bold text in the theme's concept colour inside a
 * box of the same colour. It goes in the header of every page of a document rendered with
 * `allowIncomplete` while required content is missing.
 *
 * @param theme - The concept colour.
 * @returns The paragraph.
 * @example
 * ```ts
 * import { Header } from 'docx';
 *
 * new Header({ children: [conceptMarking(defaultTheme)] });
 * ```
 * @category Blocks
 */
export function conceptMarking(theme: Theme): Paragraph {
  const line = { style: BorderStyle.SINGLE, size: 12, color: theme.colors.concept, space: 2 };
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 60, after: 60 },
    border: { top: line, bottom: line, left: line, right: line },
    children: [
      new TextRun({ text: CONCEPT_TEXT, bold: true, size: 24, color: theme.colors.concept }),
    ],
  });
}
