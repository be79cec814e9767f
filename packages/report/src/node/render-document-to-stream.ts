import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ResolvedDocumentContent } from '@poortwachter/schema';
import { renderDocument } from '../render/render-document.js';
import type { RenderOptions } from '../render/render-options.js';
import { nodeRasterizer } from './node-rasterizer.js';

/**
 * Renders a document (see `renderDocument`) and writes it to a Node writable stream, such as an
 * HTTP response, which is ended afterwards. The rasterizer defaults to {@link nodeRasterizer}, so
 * a dossieroverzicht needs no further options. Nothing is written when rendering fails.
 *
 * @param content - Resolved content of any kind.
 * @param stream - Where the .docx bytes go; ended when done.
 * @param options - As for `renderDocument`.
 * @returns When the bytes are written and the stream is finished.
 * @throws `DocumentIncompleteError` as `renderDocument` does; stream errors as they come.
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { DOCX_MIME_TYPE } from '@poortwachter/report';
 *
 * createServer(async (request, response) => {
 *   response.setHeader('Content-Type', DOCX_MIME_TYPE);
 *   await renderDocumentToStream(content, response, { asOf: '2025-03-26' });
 * });
 * ```
 * @category Node
 */
export async function renderDocumentToStream(
  content: ResolvedDocumentContent,
  stream: NodeJS.WritableStream,
  options: RenderOptions = {},
): Promise<void> {
  const bytes = await renderDocument(content, {
    ...options,
    rasterizer: options.rasterizer ?? nodeRasterizer(),
  });
  await pipeline(Readable.from([bytes]), stream);
}
