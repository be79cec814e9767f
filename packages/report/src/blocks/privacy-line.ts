import { Paragraph, TextRun } from 'docx';
import type { Theme } from '../theme/theme.js';

/**
 * The fixed privacy statement of a document that passed the medical-term screen.
 *
 * @example
 * ```ts
 * PRIVACY_TEXT; // 'Dit document bevat geen medische gegevens.'
 * ```
 * @see AP Beleidsregels "De zieke werknemer" (BWBR0037896)
 * @category Blocks
 */
export const PRIVACY_TEXT = 'Dit document bevat geen medische gegevens.';

/**
 * The fixed privacy line: "Dit document bevat geen medische gegevens." Print it only on a
 * document that passed the medical-term screen (`passesMedicalScreen`); `documentBody` does.
 *
 * @param theme - The muted colour of the line.
 * @returns The paragraph.
 * @example
 * ```ts
 * const children = [...planVanAanpakSections(planVanAanpak, { theme: defaultTheme, level: 1 }), privacyLine(defaultTheme)];
 * ```
 * @see AP Beleidsregels "De zieke werknemer" (BWBR0037896); {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#5-privacy | docs/rules.md §5}
 * @category Blocks
 */
export function privacyLine(theme: Theme): Paragraph {
  return new Paragraph({
    spacing: { before: 60, after: 160 },
    children: [
      new TextRun({
        text: PRIVACY_TEXT,
        italics: true,
        color: theme.colors.muted,
        size: Math.round(theme.fontSize * 2) - 2,
      }),
    ],
  });
}
