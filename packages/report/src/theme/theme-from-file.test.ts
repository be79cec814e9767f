import { themeFileSchema } from '@poortwachter/schema';
import { describe, expect, it } from 'vitest';
import { defaultTheme } from './default-theme.js';
import { themeFromFile } from './theme-from-file.js';

describe('themeSchema and themeFromFile', () => {
  it('gives the default theme for an empty file', () => {
    expect(themeFromFile(themeFileSchema.parse({}))).toEqual(defaultTheme);
  });

  it('overrides only the given fields and strips #', () => {
    const theme = themeFromFile(
      themeFileSchema.parse({
        font: 'Arial',
        colors: { primary: '#004b87', status: { overdue: 'ff0000' } },
      }),
    );
    expect(theme.font).toBe('Arial');
    expect(theme.colors.primary).toBe('004B87');
    expect(theme.colors.accent).toBe(defaultTheme.colors.accent);
    expect(theme.colors.status.overdue).toBe('FF0000');
    expect(theme.colors.status.done).toBe(defaultTheme.colors.status.done);
  });

  it('takes the logo bytes from the caller and its type from the path', () => {
    const data = new Uint8Array([1, 2, 3]);
    const file = themeFileSchema.parse({
      logo: { path: 'huis/logo.JPEG', width: 120, height: 40 },
    });
    expect(themeFromFile(file, data).logo).toEqual({ data, type: 'jpg', width: 120, height: 40 });
    expect(() => themeFromFile(file)).toThrow(/logo\.path/);
  });

  it('rejects unknown keys, bad colours and unsupported logo formats', () => {
    expect(themeFileSchema.safeParse({ colour: {} }).success).toBe(false);
    expect(themeFileSchema.safeParse({ colors: { primary: 'blue' } }).success).toBe(false);
    expect(
      themeFileSchema.safeParse({ logo: { path: 'logo.svg', width: 1, height: 1 } }).success,
    ).toBe(false);
  });
});
