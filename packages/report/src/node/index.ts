/**
 * `@poortwachter/report/node`: rendering straight into a Node stream (the rasterizer for the
 * dossieroverzicht's picture is in `@poortwachter/report-raster/node`).
 *
 * @module @poortwachter/report/node
 */
export { renderDocumentToStream } from './render-document-to-stream.js';
