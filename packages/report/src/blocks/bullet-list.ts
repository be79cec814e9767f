import { Paragraph } from 'docx';
import { NAMED_STYLES } from '../layout/named-styles.js';
import { textRuns } from '../text/text-runs.js';
import type { Theme } from '../theme/theme.js';

/**
 * A bulleted list of user texts; an empty list gives one muted line (default "Geen.") so the
 * reader sees the section is empty on purpose.
 *
 * @param items - The texts, one bullet each.
 * @param _theme - Unused: the "Lege waarde" style colours the empty line.
 * @param emptyText - What to show when `items` is empty.
 * @returns The list's paragraphs.
 * @example
 * ```ts
 * bulletList(['Niet langer dan 1 uur staan', 'Geen tilwerk boven 10 kg'], defaultTheme);
 * ```
 * @category Blocks
 */
export function bulletList(
  items: readonly string[],
  _theme: Theme,
  emptyText = 'Geen.',
): Paragraph[] {
  if (items.length === 0)
    return [
      new Paragraph({
        children: textRuns(emptyText, { style: NAMED_STYLES.empty.id }),
      }),
    ];
  return items.map(
    (item, i) =>
      new Paragraph({
        bullet: { level: 0 },
        spacing: { after: i === items.length - 1 ? 120 : 40 },
        children: textRuns(item),
      }),
  );
}
