import { AlignmentType, BorderStyle, type IStylesOptions, LineRuleType } from 'docx';
import type { Theme } from '../theme/theme.js';
import { NAMED_STYLES } from './named-styles.js';

const S = NAMED_STYLES;

/**
 * The named styles of every document, from a theme, defined once (see {@link NAMED_STYLES}):
 * body text, title and three heading levels (built-in), table header, group title, table text,
 * table label, table detail, privacy line, concept marking, label and empty value. Headings keep
 * with the next paragraph and their own lines together, so none ends a page; table header
 * and group rows keep with the row below.
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
  const { colors } = theme;
  const heading = (points: number, before: number) => ({
    run: { font: theme.font, size: points * 2, bold: true, color: colors.primary },
    paragraph: { spacing: { before, after: 100 }, keepNext: true, keepLines: true },
  });
  const cell = { spacing: { before: 0, after: 0 } };
  const concept = { style: BorderStyle.SINGLE, size: 12, color: colors.concept, space: 2 };
  return {
    default: {
      document: {
        run: { font: theme.font, size, color: colors.text },
        // lineRule auto: a proportional line height (1.1), which grows with a picture in the line.
        paragraph: { spacing: { after: 100, line: 264, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: theme.font, size: 40, bold: true, color: colors.primary },
        paragraph: { spacing: { after: 80 }, keepNext: true },
      },
      heading1: heading(14, 320),
      heading2: heading(12, 240),
      heading3: heading(11, 160),
    },
    paragraphStyles: [
      {
        id: S.tableText.id,
        name: S.tableText.name,
        basedOn: S.body.id,
        quickFormat: true,
        paragraph: cell,
      },
      {
        id: S.tableHeader.id,
        name: S.tableHeader.name,
        basedOn: S.tableText.id,
        quickFormat: true,
        run: { bold: true },
        paragraph: { ...cell, keepNext: true },
      },
      {
        id: S.tableGroup.id,
        name: S.tableGroup.name,
        basedOn: S.tableHeader.id,
        quickFormat: true,
        run: { bold: true, color: colors.primary },
        paragraph: { ...cell, keepNext: true },
      },
      {
        id: S.tableLabel.id,
        name: S.tableLabel.name,
        basedOn: S.tableText.id,
        quickFormat: true,
        run: { color: colors.muted },
      },
      {
        id: S.tableDetail.id,
        name: S.tableDetail.name,
        basedOn: S.tableText.id,
        quickFormat: true,
        paragraph: { spacing: { before: 60, after: 0 } },
      },
      {
        id: S.privacy.id,
        name: S.privacy.name,
        basedOn: S.body.id,
        quickFormat: true,
        run: { italics: true, color: colors.muted, size: size - 2 },
        paragraph: { spacing: { before: 60, after: 160 } },
      },
      {
        id: S.concept.id,
        name: S.concept.name,
        basedOn: S.body.id,
        quickFormat: true,
        run: { bold: true, size: 24, color: colors.concept },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: 60, after: 60 },
          border: { top: concept, bottom: concept, left: concept, right: concept },
        },
      },
    ],
    characterStyles: [
      { id: S.label.id, name: S.label.name, quickFormat: true, run: { color: colors.muted } },
      {
        id: S.empty.id,
        name: S.empty.name,
        quickFormat: true,
        run: { italics: true, color: colors.muted },
      },
    ],
  };
}
