/**
 * The family name of the font this package ships (`@poortwachter/report-raster/DejaVuSans.ttf`),
 * which {@link createResvgRasterizer} also draws unnamed and `sans-serif` text with. The timeline
 * picture of `@poortwachter/report` names it first.
 *
 * @example
 * ```ts
 * const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="24" font-family="${FONT_FAMILY}">Probleemanalyse</text></svg>`;
 * ```
 * @category Timeline picture
 */
export const FONT_FAMILY = 'DejaVu Sans';
