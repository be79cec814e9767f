/**
 * `@poortwachter/report-raster`: the timeline picture's rasterizer and font, for the
 * dossieroverzicht of `@poortwachter/report`. Runs in Node and in browsers.
 *
 * @module
 */
export {
  createResvgRasterizer,
  type ResvgRasterizerOptions,
} from './create-resvg-rasterizer.js';
export { FONT_FAMILY } from './font-family.js';
