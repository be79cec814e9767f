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
 * @returns The paragraph.
 * @example
 * ```ts
 * textParagraph('Eerste regel\nTweede regel', defaultTheme);
 * ```
 * @category Blocks
 */
export function textParagraph(text: string | undefined, _theme: Theme): Paragraph {
  const empty = text === undefined || text.trim() === '';
  return new Paragraph({
    children: textRuns(empty ? '—' : text, empty ? { style: NAMED_STYLES.empty.id } : {}),
  });
}
