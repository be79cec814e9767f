import { type Finding, PoortwachterError } from '@poortwachter/core';
import type { ResolvedDocumentContent } from '@poortwachter/schema';
import type { FileChild } from 'docx';
import { administrativeDataTable } from '../blocks/administrative-data-table.js';
import { heading } from '../blocks/heading.js';
import { missingContentList } from '../blocks/missing-content-list.js';
import { privacyLine } from '../blocks/privacy-line.js';
import { passesMedicalScreen } from '../completeness/passes-medical-screen.js';
import type { Theme } from '../theme/theme.js';
import type { Rasterizer } from '../timeline/rasterizer.js';
import { dossieroverzichtSections } from './dossieroverzicht-sections.js';
import { partIntro } from './part-intro.js';
import { partSections } from './part-sections.js';
import { reIntegratieverslagSections } from './re-integratieverslag-sections.js';

/**
 * What the body of a document needs besides its content.
 *
 * @example
 * ```ts
 * import { nodeRasterizer } from '@poortwachter/report-raster/node';
 *
 * const options: BodyOptions = { theme: defaultTheme, missing: [], rasterizer: nodeRasterizer() };
 * ```
 * @category Documents
 */
export interface BodyOptions {
  /** Font, colours and logo. */
  theme: Theme;
  /** The `error` findings of the completeness check; listed at the top of a concept. */
  missing: readonly Finding[];
  /** Needed for the timeline picture of a dossieroverzicht. */
  rasterizer?: Rasterizer | undefined;
  /** An internal copy without the BSN (`RenderOptions.omitBsn`). */
  omitBsn?: boolean | undefined;
}

async function sectionsOf(
  content: ResolvedDocumentContent,
  options: BodyOptions,
): Promise<FileChild[]> {
  const ctx = { theme: options.theme, level: 1 };
  switch (content.kind) {
    case 're-integratieverslag':
      return reIntegratieverslagSections(content, ctx);
    case 'dossieroverzicht':
      if (!options.rasterizer) {
        throw new PoortwachterError([
          {
            code: 'option/invalid',
            path: ['rasterizer'],
            message: {
              nl: 'Een dossieroverzicht heeft een rasterizer nodig voor de tijdlijn: nodeRasterizer() uit @poortwachter/report-raster/node, of createResvgRasterizer uit @poortwachter/report-raster.',
              en: 'A dossieroverzicht needs a rasterizer for its timeline picture: nodeRasterizer() from @poortwachter/report-raster/node, or createResvgRasterizer of @poortwachter/report-raster.',
            },
          },
        ]);
      }
      return dossieroverzichtSections(content, ctx, options.rasterizer);
    default:
      return [
        heading('Gegevens', 1),
        administrativeDataTable(content.case, options.theme, [], { omitBsn: options.omitBsn }),
        ...partSections(content, ctx),
      ];
  }
}

/**
 * The body of any document below its title: date, version and authors, the privacy line (only
 * when the document passed the medical-term screen, `passesMedicalScreen`), the list of what is
 * missing (when there is), and the kind's sections (administrative data first for the
 * documents that are parts of a re-integratieverslag). Shared by {@link buildDocument}
 * and the house-style template path.
 *
 * @param content - Resolved content of any kind.
 * @param options - Theme, missing content and rasterizer.
 * @returns The paragraphs, tables and pictures.
 * @throws `PoortwachterError` (`option/invalid` on `rasterizer`) for a dossieroverzicht without a rasterizer.
 * @example
 * ```ts
 * const children = await documentBody(content, { theme: defaultTheme, missing: [] });
 * ```
 * @category Documents
 */
export async function documentBody(
  content: ResolvedDocumentContent,
  options: BodyOptions,
): Promise<FileChild[]> {
  return [
    ...partIntro(content, options.theme),
    ...(passesMedicalScreen(content) ? [privacyLine(options.theme)] : []),
    ...(options.missing.length ? missingContentList(options.missing, options.theme) : []),
    ...(await sectionsOf(content, options)),
  ];
}
