/**
 * `@poortwachter/report/node`: helpers that need Node: a rasterizer for the dossieroverzicht's
 * timeline picture and rendering straight into a stream.
 *
 * @module @poortwachter/report/node
 */
export { nodeRasterizer } from './node-rasterizer.js';
export { renderDocumentToStream } from './render-document-to-stream.js';
