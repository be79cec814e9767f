import { Paragraph, TextRun } from 'docx';
import { NAMED_STYLES } from '../layout/named-styles.js';
import { textRuns } from '../text/text-runs.js';
import type { Theme } from '../theme/theme.js';

/**
 * A label ("Label" style) followed by user text in one paragraph ("Verwachte duur: 3 maanden").
 *
 * @param label - The label, without colon.
 * @param text - The value; `undefined` or empty shows as "—".
 * @param _theme - Unused: the named styles carry the colours (kept for the blocks' common signature).
 * @returns The paragraph.
 * @example
 * ```ts
 * labeledText('Verwacht verloop', 'Geleidelijke opbouw naar eigen werk.', defaultTheme);
 * ```
 * @category Blocks
 */
export function labeledText(label: string, text: string | undefined, _theme: Theme): Paragraph {
  const empty = text === undefined || text.trim() === '';
  return new Paragraph({
    children: [
      new TextRun({ text: `${label}: `, style: NAMED_STYLES.label.id }),
      ...textRuns(empty ? '—' : text, empty ? { style: NAMED_STYLES.empty.id } : {}),
    ],
  });
}
