/**
 * Turns an SVG picture into PNG bytes of the given pixel width, for the raster fallback that
 * LibreOffice and older Word versions show instead of the SVG. Swappable: pass your own (a
 * native resvg, a headless browser, a canvas) in the render options.
 *
 * @param svg - The SVG text.
 * @param width - The width of the PNG in pixels; the height follows the picture's aspect ratio.
 * @returns The PNG file's bytes.
 * @example
 * ```ts
 * declare function myPngEncoder(svg: string, width: number): Promise<Uint8Array>; // your own
 * const rasterizer: Rasterizer = async (svg, width) => myPngEncoder(svg, width);
 * await renderDocument(overzicht, { rasterizer });
 * ```
 * @category Timeline picture
 */
export type Rasterizer = (svg: string, width: number) => Promise<Uint8Array>;
