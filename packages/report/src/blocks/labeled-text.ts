import { Paragraph, TextRun } from 'docx';
import { textRuns } from '../text/text-runs.js';
import type { Theme } from '../theme/theme.js';

/**
 * A bold label followed by user text in one paragraph ("Verwachte duur: 3 maanden").
 *
 * @param label - The label, without colon.
 * @param text - The value; `undefined` or empty shows as "—".
 * @param theme - The muted colour for an empty value.
 * @returns The paragraph.
 * @example
 * ```ts
 * labeledText('Verwacht verloop', 'Geleidelijke opbouw naar eigen werk.', defaultTheme);
 * ```
 * @category Blocks
 */
export function labeledText(label: string, text: string | undefined, theme: Theme): Paragraph {
  const empty = text === undefined || text.trim() === '';
  return new Paragraph({
    children: [
      new TextRun({ text: `${label}: `, bold: true }),
      ...textRuns(empty ? '—' : text, empty ? { color: theme.colors.muted } : {}),
    ],
  });
}
