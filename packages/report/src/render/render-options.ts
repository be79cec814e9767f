import type { Theme } from '../theme/theme.js';
import type { Rasterizer } from '../timeline/rasterizer.js';

/**
 * Options of the renderers.
 *
 * @example
 * ```ts
 * const options: RenderOptions = { theme: defaultTheme, allowIncomplete: true, asOf: '2025-09-01', rasterizer: nodeRasterizer() };
 * ```
 * @category Rendering
 */
export interface RenderOptions {
  /** House style; default {@link defaultTheme}. */
  theme?: Theme | undefined;
  /**
   * Render a document that misses required content anyway, marked "CONCEPT — onvolledig" on
   * every page and listing what is missing. Default `false`: such a document is refused.
   */
  allowIncomplete?: boolean | undefined;
  /** The date the completeness check judges the content on. Default: today in Europe/Amsterdam. */
  asOf?: string | undefined;
  /**
   * Makes the PNG fallback of the dossieroverzicht's timeline picture (required for that kind).
   * In Node use `nodeRasterizer()` from `@poortwachter/report/node`; in a browser
   * `createResvgRasterizer`.
   */
  rasterizer?: Rasterizer | undefined;
}
