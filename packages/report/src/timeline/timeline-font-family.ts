/**
 * The font family the picture asks for: the one shipped in `assets/` and given to resvg.
 *
 * @example
 * ```ts
 * new Resvg(svg, { font: { fontBuffers: [dejaVuSans], defaultFontFamily: TIMELINE_FONT_FAMILY } });
 * ```
 * @category Timeline picture
 */
export const TIMELINE_FONT_FAMILY = 'DejaVu Sans';
