/**
 * The font family the picture asks for first: the one `@poortwachter/report-raster` ships and
 * draws with (its `FONT_FAMILY`; a test keeps the two equal).
 *
 * @example
 * ```ts
 * new Resvg(svg, { font: { fontBuffers: [dejaVuSans], defaultFontFamily: TIMELINE_FONT_FAMILY } });
 * ```
 * @category Timeline picture
 */
export const TIMELINE_FONT_FAMILY = 'DejaVu Sans';
