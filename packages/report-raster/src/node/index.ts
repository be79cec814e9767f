/**
 * `@poortwachter/report-raster/node`: the rasterizer with its wasm and font loaded from disk.
 *
 * @module
 */
export { nodeRasterizer } from './node-rasterizer.js';
