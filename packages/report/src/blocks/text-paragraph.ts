import { Paragraph } from 'docx';
import { textRuns } from '../text/text-runs.js';
import type { Theme } from '../theme/theme.js';

/**
 * A paragraph of user text, keeping its line breaks; empty text shows as "—" in the muted
 * colour so that an empty field is visibly empty.
 *
 * @param text - The text; `undefined` counts as empty.
 * @param theme - The muted colour for empty text.
 * @param options - `keepNext`: keep the paragraph on the page of what follows (a view with the
 *   signature under it).
 * @returns The paragraph.
 * @example
 * ```ts
 * textParagraph('Eerste regel\nTweede regel', defaultTheme);
 * ```
 * @category Blocks
 */
export function textParagraph(
  text: string | undefined,
  theme: Theme,
  options: { keepNext?: boolean } = {},
): Paragraph {
  const empty = text === undefined || text.trim() === '';
  return new Paragraph({
    ...(options.keepNext ? { keepNext: true } : {}),
    children: textRuns(empty ? '—' : text, empty ? { color: theme.colors.muted } : {}),
  });
}
