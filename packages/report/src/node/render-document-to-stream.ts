import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ResolvedDocumentContent } from '@poortwachter/schema';
import { renderDocument } from '../render/render-document.js';
import type { RenderArguments } from '../render/render-options.js';

/**
 * Renders a document (see `renderDocument`) and writes it to a Node writable stream, such as an
 * HTTP response, which is ended afterwards. The options are those of `renderDocument`: a
 * dossieroverzicht needs a `rasterizer` (`nodeRasterizer()` of
 * `@poortwachter/report-raster/node`). Nothing is written when rendering fails.
 *
 * @param content - Resolved content of any kind.
 * @param stream - Where the .docx bytes go; ended when done.
 * @param args - The options, as for `renderDocument`.
 * @returns When the bytes are written and the stream is finished.
 * @throws `DocumentIncompleteError` as `renderDocument` does; stream errors as they come.
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { DOCX_MIME_TYPE } from '@poortwachter/report';
 * import { nodeRasterizer } from '@poortwachter/report-raster/node';
 *
 * createServer(async (request, response) => {
 *   response.setHeader('Content-Type', DOCX_MIME_TYPE);
 *   await renderDocumentToStream(content, response, { asOf: '2025-03-26' });
 *   // A dossieroverzicht draws its timeline: it needs a rasterizer.
 *   await renderDocumentToStream(overzicht, response, { rasterizer: nodeRasterizer() });
 * });
 * ```
 * @category Node
 */
export async function renderDocumentToStream<C extends ResolvedDocumentContent>(
  content: C,
  stream: NodeJS.WritableStream,
  ...args: RenderArguments<C['kind']>
): Promise<void> {
  const bytes = await renderDocument(content, ...args);
  await pipeline(Readable.from([bytes]), stream);
}
