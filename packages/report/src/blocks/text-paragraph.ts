import { Paragraph } from 'docx';
import { NAMED_STYLES } from '../layout/named-styles.js';
import { textRuns } from '../text/text-runs.js';
import type { Theme } from '../theme/theme.js';

/**
 * A paragraph of user text, keeping its line breaks; empty text shows as "—" in the muted
 * colour ("Lege waarde" style) so that an empty field is visibly empty.
 *
 * @param text - The text; `undefined` counts as empty.
 * @param _theme - Unused: the named styles carry the colours (kept for the blocks' common signature).
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
  _theme: Theme,
  options: { keepNext?: boolean } = {},
): Paragraph {
  const empty = text === undefined || text.trim() === '';
  return new Paragraph({
    ...(options.keepNext ? { keepNext: true } : {}),
    children: textRuns(empty ? '—' : text, empty ? { style: NAMED_STYLES.empty.id } : {}),
  });
}
