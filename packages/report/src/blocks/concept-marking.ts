import { Paragraph } from 'docx';
import { NAMED_STYLES } from '../layout/named-styles.js';
import type { Theme } from '../theme/theme.js';

/**
 * The text of the marking on a document rendered with missing required content.
 *
 * @example
 * ```ts
 * expect(headerText).toContain(CONCEPT_TEXT); // 'CONCEPT — onvolledig'
 * ```
 * @category Blocks
 */
export const CONCEPT_TEXT = 'CONCEPT — onvolledig';

/**
 * The visible "CONCEPT — onvolledig" marking in the "Conceptmarkering" style (bold text in the
 * theme's concept colour inside a box of the same colour). It goes in the header of every page
 * of a document rendered with `allowIncomplete` while required content is missing.
 *
 * @param _theme - Unused: the "Conceptmarkering" style carries the formatting.
 * @returns The paragraph.
 * @example
 * ```ts
 * import { Header } from 'docx';
 *
 * new Header({ children: [conceptMarking(defaultTheme)] });
 * ```
 * @category Blocks
 */
export function conceptMarking(_theme: Theme): Paragraph {
  return new Paragraph({ style: NAMED_STYLES.concept.id, text: CONCEPT_TEXT });
}
