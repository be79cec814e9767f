import * as z from 'zod';

const color = z.string().regex(/^#?[0-9A-Fa-f]{6}$/, 'hex RRGGBB');

/**
 * The zod schema of a JSON theme file, the house style of the documents
 * (`poortwachter report --theme t.json`). Every field is optional and overrides the default theme
 * of `@poortwachter/report`; colours are hex `RRGGBB` with or without `#`; the logo is a file
 * path with its size in pixels, which the caller loads and hands to `themeFromFile` of
 * `@poortwachter/report` as bytes. Objects are strict: an unknown key is an error.
 *
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { themeFromFile } from '@poortwachter/report';
 *
 * const file = themeFileSchema.parse({ colors: { primary: '#004B87' }, logo: { path: 'logo.png', width: 120, height: 40 } });
 * const theme = themeFromFile(file, await readFile(file.logo!.path));
 * ```
 * @category Theme
 */
export const themeFileSchema = z.strictObject({
  font: z.string().min(1).max(100).optional(),
  fontSize: z.number().min(6).max(24).optional(),
  colors: z
    .strictObject({
      primary: color.optional(),
      accent: color.optional(),
      text: color.optional(),
      muted: color.optional(),
      border: color.optional(),
      tableHeader: color.optional(),
      concept: color.optional(),
      status: z
        .strictObject({
          done: color.optional(),
          late: color.optional(),
          overdue: color.optional(),
          dueSoon: color.optional(),
          upcoming: color.optional(),
          inactive: color.optional(),
        })
        .optional(),
    })
    .optional(),
  logo: z
    .strictObject({
      path: z.string().regex(/\.(png|jpe?g|gif|bmp)$/i, '.png, .jpg, .gif or .bmp'),
      width: z.number().int().positive().max(2000),
      height: z.number().int().positive().max(2000),
    })
    .optional(),
  organisation: z
    .strictObject({ name: z.string().min(1), address: z.string().optional() })
    .optional(),
});

/**
 * A parsed JSON theme file (the output of {@link themeFileSchema}).
 *
 * @example
 * ```ts
 * const file: ThemeFile = { font: 'Arial', colors: { primary: '004B87' } };
 * ```
 * @category Theme
 */
export type ThemeFile = z.infer<typeof themeFileSchema>;
