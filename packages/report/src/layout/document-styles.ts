import { type IStylesOptions, LineRuleType } from 'docx';
import type { Theme } from '../theme/theme.js';

/**
 * The paragraph styles of every document, from a theme: body text, title and three heading
 * levels. Headings keep with the next paragraph, so none is left alone at the bottom of a page.
 *
 * @param theme - Font, size and colours.
 * @returns The `styles` option of a docx `Document`.
 * @example
 * ```ts
 * import { Document } from 'docx';
 *
 * const children = planVanAanpakSections(planVanAanpak, { theme: defaultTheme, level: 1 });
 * new Document({ styles: documentStyles(defaultTheme), sections: [{ children }] });
 * ```
 * @category Layout
 */
export function documentStyles(theme: Theme): IStylesOptions {
  const size = Math.round(theme.fontSize * 2);
  const heading = (points: number, before: number) => ({
    run: { font: theme.font, size: points * 2, bold: true, color: theme.colors.primary },
    paragraph: { spacing: { before, after: 100 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: theme.font, size, color: theme.colors.text },
        // lineRule auto: a proportional line height (1.1), which grows with a picture in the line.
        paragraph: { spacing: { after: 100, line: 264, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: theme.font, size: 40, bold: true, color: theme.colors.primary },
        paragraph: { spacing: { after: 80 }, keepNext: true },
      },
      heading1: heading(14, 320),
      heading2: heading(12, 240),
      heading3: heading(11, 160),
    },
  };
}
