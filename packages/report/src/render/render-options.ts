import type { DocumentKind } from '@poortwachter/schema';
import type { Theme } from '../theme/theme.js';
import type { Rasterizer } from '../timeline/rasterizer.js';

/**
 * Options of `renderDocument` and `fillTemplate`.
 *
 * @example
 * ```ts
 * const options: RenderOptions = { theme: defaultTheme, allowIncomplete: true, asOf: '2025-09-01' };
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
   * The package `@poortwachter/report-raster` has one: `nodeRasterizer()` of its `/node` entry in
   * Node, `createResvgRasterizer` in a browser.
   */
  rasterizer?: Rasterizer | undefined;
  /**
   * Leave the BSN out: for a copy meant for internal distribution only, such as a plan van
   * aanpak shared with a team leader, who needs the agreements but not the citizen service
   * number (data minimisation, AVG art. 5 lid 1 onder c; Wabb: the BSN only where it is needed).
   * The header and the administrative data then say "Interne kopie, zonder BSN", and a missing
   * BSN is no longer an incompleteness. Default `false`: every document that becomes part of the
   * re-integratieverslag carries the BSN, as UWV asks; a re-integratieverslag itself always does
   * (asking it without is an `option/invalid` error).
   */
  omitBsn?: boolean | undefined;
}

/**
 * The options argument of `renderDocument` and `fillTemplate` for content of kind `K`: optional
 * {@link RenderOptions}, except for a dossieroverzicht (or content whose kind is not known at
 * compile time), which needs them with a `rasterizer` for its timeline picture.
 *
 * @typeParam K - The content's `kind`.
 * @example
 * ```ts
 * import { createResvgRasterizer } from '@poortwachter/report-raster';
 *
 * const rasterizer = createResvgRasterizer({ wasm: fetch('/resvg.wasm'), fonts: [] });
 * const args: RenderArguments<'dossieroverzicht'> = [{ rasterizer }];
 * ```
 * @category Rendering
 */
export type RenderArguments<K extends DocumentKind> = 'dossieroverzicht' extends K
  ? [options: RenderOptions & { rasterizer: Rasterizer }]
  : [options?: RenderOptions];
