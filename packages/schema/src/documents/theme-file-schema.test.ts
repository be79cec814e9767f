import { describe, expect, it } from 'vitest';
import { parseWith } from '../messages/parse-with.js';
import { themeFileSchema } from './theme-file-schema.js';

describe('themeFileSchema', () => {
  it('accepts a full theme file, colours with or without #', () => {
    const file = {
      font: 'Georgia',
      fontSize: 11,
      colors: { primary: '#004B87', accent: '2e6b3f', status: { overdue: '#C62828' } },
      logo: { path: 'logo.png', width: 120, height: 40 },
      organisation: { name: 'Voorbeeld B.V.', address: 'Utrecht' },
    };
    expect(themeFileSchema.parse(file)).toEqual(file);
    expect(themeFileSchema.parse({})).toEqual({});
  });

  it('rejects a bad colour, a logo of another format and an unknown key, each on its path', () => {
    const result = parseWith(themeFileSchema, {
      colors: { primary: 'blue' },
      logo: { path: 'logo.svg', width: 120, height: 40 },
      diagnose: 'x',
    });
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ['field/format', ['colors', 'primary']],
      ['field/format', ['logo', 'path']],
      ['field/unknown', ['diagnose']],
    ]);
  });
});
