import type { Theme } from '../theme/theme.js';

/**
 * What the section builders of a document need besides its content: the theme, and the heading
 * level of their sections (1 in a document of its own, 2 when the document is a part rendered
 * inside a re-integratieverslag).
 *
 * @example
 * ```ts
 * planVanAanpakSections(planVanAanpak, { theme: defaultTheme, level: 1 });
 * ```
 * @category Documents
 */
export interface SectionContext {
  /** Font, colours and logo. */
  theme: Theme;
  /** The heading level of the sections: 1 in a document, 2 inside a re-integratieverslag. */
  level: number;
}
