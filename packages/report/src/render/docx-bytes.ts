import type { ResolvedDocumentContent } from '@poortwachter/schema';
import { Packer } from 'docx';
import { buildDocument } from '../documents/build-document.js';
import type { BodyOptions } from '../documents/document-body.js';

/**
 * Builds the docx `Document` of the content and packs it into the bytes of a .docx file. The
 * step of `renderDocument` after the completeness check, in a module of its own so that docx is
 * only loaded when a document is rendered.
 *
 * @param content - Resolved content of any kind.
 * @param options - Theme, what is missing, rasterizer.
 * @returns The .docx file.
 * @example
 * ```ts
 * const bytes = await docxBytes(content, { theme: defaultTheme, missing: [] });
 * ```
 * @category Rendering
 */
export async function docxBytes(
  content: ResolvedDocumentContent,
  options: BodyOptions,
): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(await buildDocument(content, options)));
}
