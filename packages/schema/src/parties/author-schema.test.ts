import { pathText } from '@poortwachter/core';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../messages/parse-with.js';
import { authorSchema } from './author-schema.js';

const problems = (input: unknown) => {
  const result = parseWith(authorSchema, input);
  return result.success ? [] : result.issues.map((i) => [pathText(i.path ?? []), i.code]);
};

describe('authorSchema', () => {
  it('holds a name and a function, each optional but never blank, and nothing else', () => {
    expect(problems({ name: 'P. Bakker', function: 'HR-adviseur' })).toEqual([]);
    expect(problems({})).toEqual([]);
    expect(problems({ name: '', function: ' ' })).toEqual([
      ['name', 'text/blank'],
      ['function', 'text/blank'],
    ]);
    expect(problems({ name: 'P. Bakker', bsn: '123456782' })).toEqual([['bsn', 'field/unknown']]);
  });
});
