/**
 * The page of every document, in twentieths of a point (DXA): A4 portrait with 2 cm side
 * margins, room for the header above and the footer below.
 *
 * @example
 * ```ts
 * new Table({ columnWidths: [PAGE.contentWidth / 2, PAGE.contentWidth / 2], rows });
 * ```
 * @category Layout
 */
export const PAGE = Object.freeze({
  width: 11906,
  height: 16838,
  marginTop: 1531,
  marginBottom: 1247,
  marginLeft: 1134,
  marginRight: 1134,
  header: 567,
  footer: 567,
  /** The width between the side margins: 9638 DXA (17 cm). */
  contentWidth: 11906 - 1134 - 1134,
});
