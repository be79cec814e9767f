import type { ThemeFile } from '@poortwachter/schema';
import { defaultTheme } from './default-theme.js';
import type { LogoImageType, Theme } from './theme.js';

const hex = (value: string | undefined): string | undefined =>
  value?.replace(/^#/, '').toUpperCase();

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

function logoType(path: string): LogoImageType {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return extension === 'jpeg' ? 'jpg' : (extension as LogoImageType);
}

/**
 * Builds a {@link Theme} from a parsed theme file: its fields override {@link defaultTheme},
 * colours lose their `#`, and the logo's bytes (read by the caller from `file.logo.path`) get
 * the format its file name says.
 *
 * @param file - A theme file parsed with `themeFileSchema` of `@poortwachter/schema`.
 * @param logoData - The bytes of the logo file; required when `file.logo` is set.
 * @returns The complete theme.
 * @throws TypeError when the file names a logo and no bytes are given.
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { themeFileSchema } from '@poortwachter/schema';
 *
 * const file = themeFileSchema.parse(JSON.parse(await readFile('huisstijl.json', 'utf8')));
 * const theme = themeFromFile(file, file.logo && (await readFile(file.logo.path)));
 * ```
 * @category Theme
 */
export function themeFromFile(file: ThemeFile, logoData?: Uint8Array): Theme {
  const colors = file.colors ?? {};
  const { status, ...plain } = colors;
  const theme: Theme = {
    ...defaultTheme,
    ...definedOnly({ font: file.font, fontSize: file.fontSize, organisation: file.organisation }),
    colors: {
      ...defaultTheme.colors,
      ...definedOnly(Object.fromEntries(Object.entries(plain).map(([k, v]) => [k, hex(v)]))),
      status: {
        ...defaultTheme.colors.status,
        ...definedOnly(
          Object.fromEntries(Object.entries(status ?? {}).map(([k, v]) => [k, hex(v)])),
        ),
      },
    },
  };
  if (!file.logo) return theme;
  if (!logoData) {
    throw new TypeError('logo.path: het logo is niet ingelezen / the logo bytes were not given');
  }
  return {
    ...theme,
    logo: {
      data: logoData,
      type: logoType(file.logo.path),
      width: file.logo.width,
      height: file.logo.height,
    },
  };
}
