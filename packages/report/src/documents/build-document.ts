import type { ResolvedDocumentContent } from '@poortwachter/schema';
import { Document, HeadingLevel, Paragraph } from 'docx';
import { documentFooter } from '../blocks/document-footer.js';
import { documentHeader } from '../blocks/document-header.js';
import { documentStyles } from '../layout/document-styles.js';
import { pageProperties } from '../layout/page-properties.js';
import { textRuns } from '../text/text-runs.js';
import { type BodyOptions, documentBody } from './document-body.js';
import { documentTitleOf } from './document-title-of.js';

/** Characters of content (as JSON) up to which the table of contents is laid out here. */
const LAYOUT_LIMIT = 1_000_000;

/**
 * Builds the docx `Document` of any document kind: A4 pages with the header (employee, title,
 * BSN except on the dossieroverzicht, logo, and the "CONCEPT — onvolledig" marking when content
 * is missing) and the footer (page X of Y, date, version) on every page; the title; then
 * {@link documentBody}.
 *
 * @param content - Resolved content of any kind.
 * @param options - Theme, missing content (any makes the document a marked concept) and rasterizer.
 * @returns The document, ready for `Packer`.
 * @example
 * ```ts
 * import { Packer } from 'docx';
 *
 * const doc = await buildDocument(content, { theme: defaultTheme, missing: [] });
 * const bytes = new Uint8Array(await Packer.toArrayBuffer(doc));
 * ```
 * @see Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2
 * @category Documents
 */
export async function buildDocument(
  content: ResolvedDocumentContent,
  options: BodyOptions,
): Promise<Document> {
  const { theme } = options;
  const title = documentTitleOf(content);
  const body = await documentBody(content, options);
  // The re-integratieverslag's table of contents: its page numbers are laid out as Word lays
  // out the pages (Word's own numbers, or blank where the layout cannot follow Word), so that
  // programs that do not refresh the TOC field (LibreOffice) show them too. Word refreshes them on
  // opening anyway; a verslag too large to lay out in reasonable time leaves them to Word.
  const pageNumbers =
    content.kind === 're-integratieverslag' && JSON.stringify(content).length <= LAYOUT_LIMIT
      ? (await import('docx/layout')).estimatePageNumbers
      : undefined;
  return new Document({
    pageNumbers,
    title,
    creator: theme.organisation?.name ?? 'poortwachter',
    // Word refreshes the fields (the re-integratieverslag's table of contents) on opening.
    features: content.kind === 're-integratieverslag' ? { updateFields: true } : undefined,
    styles: documentStyles(theme),
    sections: [
      {
        properties: pageProperties(),
        headers: {
          default: documentHeader(
            {
              title,
              employeeName: content.case.employee?.name,
              bsn: content.kind === 'dossieroverzicht' ? null : content.case.employee?.bsn,
              internalCopy: options.omitBsn === true && content.kind !== 'dossieroverzicht',
              concept: options.missing.length > 0,
            },
            theme,
          ),
        },
        footers: {
          default: documentFooter({ date: content.date, version: content.version }, theme),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(title) }),
          ...body,
        ],
      },
    ],
  });
}
