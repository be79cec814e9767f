/**
 * The picture formats a logo may have (docx embeds them as they are; SVG would need a raster
 * fallback, so it is not offered for logos).
 *
 * @example
 * ```ts
 * const type: LogoImageType = 'png';
 * ```
 * @category Theme
 */
export type LogoImageType = 'png' | 'jpg' | 'gif' | 'bmp';

/**
 * A logo for the header of every page: its bytes, format and size in pixels (96 to the inch).
 *
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 *
 * const logo: ThemeLogo = { data: await readFile('logo.png'), type: 'png', width: 120, height: 40 };
 * ```
 * @category Theme
 */
export interface ThemeLogo {
  data: Uint8Array;
  type: LogoImageType;
  width: number;
  height: number;
}

/**
 * The colours of a milestone status, in tables and in the timeline picture (hex `RRGGBB`).
 *
 * @example
 * ```ts
 * const colors: StatusColors = { ...defaultTheme.colors.status, overdue: 'FF0000' };
 * ```
 * @category Theme
 */
export interface StatusColors {
  /** `done` */
  done: string;
  /** `done-late` and `late-with-motivation` */
  late: string;
  /** `overdue` */
  overdue: string;
  /** `due-soon` */
  dueSoon: string;
  /** `upcoming` */
  upcoming: string;
  /** `passed`, `not-reached`, `not-applicable` */
  inactive: string;
}

/**
 * The colours of a document, as hex `RRGGBB` without `#`.
 *
 * @example
 * ```ts
 * const colors: ThemeColors = { ...defaultTheme.colors, primary: '004B87' };
 * ```
 * @category Theme
 */
export interface ThemeColors {
  /** Headings and the title. */
  primary: string;
  /** Rules under the header and small accents. */
  accent: string;
  /** Body text. */
  text: string;
  /** Secondary text: header, footer, captions. */
  muted: string;
  /** Table borders. */
  border: string;
  /** Fill of table header rows and label cells. */
  tableHeader: string;
  /** The "CONCEPT — onvolledig" marking. */
  concept: string;
  status: StatusColors;
}

/**
 * The house style of the documents: font, colours, logo and the organisation that issues them.
 * Start from {@link defaultTheme} and override what differs; a JSON theme file is parsed with
 * `themeFileSchema` of `@poortwachter/schema` and turned into a theme by {@link themeFromFile}.
 *
 * @example
 * ```ts
 * const theme: Theme = { ...defaultTheme, organisation: { name: 'Voorbeeld B.V.', address: 'Utrecht' } };
 * ```
 * @category Theme
 */
export interface Theme {
  /** Font family of all text (Word falls back to its default when it lacks it). */
  font: string;
  /** Body text size in points. */
  fontSize: number;
  colors: ThemeColors;
  logo?: ThemeLogo | undefined;
  /** Shown in the header of every page. */
  organisation?: { name: string; address?: string | undefined } | undefined;
}
