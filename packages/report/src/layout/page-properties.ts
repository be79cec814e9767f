import { type ISectionPropertiesOptions, PageOrientation } from 'docx';
import { PAGE } from './page-layout.js';

/**
 * The section properties of every document's pages: {@link PAGE} as docx takes it (A4 portrait,
 * the margins, the header's and footer's distance from the edge).
 *
 * @returns New properties for a section.
 * @example
 * ```ts
 * import { Document } from 'docx';
 *
 * new Document({ sections: [{ properties: pageProperties(), children: [] }] });
 * ```
 * @internal
 */
export function pageProperties(): ISectionPropertiesOptions {
  return {
    page: {
      size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
      margin: {
        top: PAGE.marginTop,
        bottom: PAGE.marginBottom,
        left: PAGE.marginLeft,
        right: PAGE.marginRight,
        header: PAGE.header,
        footer: PAGE.footer,
      },
    },
  };
}
