import { HeadingLevel, Paragraph } from 'docx';
import { textRuns } from '../text/text-runs.js';

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/**
 * A section heading. Level 1 is a section of a document (or a part of a re-integratieverslag),
 * 2 and 3 are below it; deeper levels are written as level 3. Heading styles keep with the next
 * paragraph, so a heading never ends a page on its own.
 *
 * @param text - The heading text.
 * @param level - 1, 2 or 3.
 * @param options - `pageBreakBefore` starts the heading on a new page.
 * @returns The heading paragraph.
 * @example
 * ```ts
 * heading('Activiteiten en stappen', 1);
 * ```
 * @category Blocks
 */
export function heading(
  text: string,
  level: number,
  options: { pageBreakBefore?: boolean } = {},
): Paragraph {
  return new Paragraph({
    heading: LEVELS[Math.min(Math.max(level, 1), 3) - 1],
    keepNext: true,
    pageBreakBefore: options.pageBreakBefore,
    children: textRuns(text),
  });
}
