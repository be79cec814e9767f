import type { Theme } from '../theme/theme.js';

/**
 * What the section builders of a document need besides its content: the theme, and the heading
 * level of their sections (1 in a document of its own, 2 when the document is a part rendered
 * inside a re-integratieverslag).
 *
 * @example
 * ```ts
 * planVanAanpakSections(content, { theme: defaultTheme, level: 1 });
 * ```
 * @category Documents
 */
export interface SectionContext {
  theme: Theme;
  level: number;
}
