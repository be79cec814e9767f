export { nodeRasterizer } from './node-rasterizer.js';
export { renderDocumentToStream } from './render-document-to-stream.js';
