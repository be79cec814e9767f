import { pathText } from '@poortwachter/core';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../messages/parse-with.js';
import { bedrijfsartsSchema } from './bedrijfsarts-schema.js';

const problems = (input: unknown) => {
  const result = parseWith(bedrijfsartsSchema, input);
  return result.success ? [] : result.issues.map((i) => [pathText(i.path ?? []), i.code]);
};

describe('bedrijfsartsSchema', () => {
  it('holds name and organisation only: no place for advice', () => {
    expect(problems({ name: 'M. Jansen', organisation: 'Arbodienst Voorbeeld' })).toEqual([]);
    expect(problems({ name: 'M. Jansen', advies: 'rust' })).toEqual([['advies', 'field/unknown']]);
    expect(problems({ organisation: 42 })).toEqual([['organisation', 'field/type']]);
  });
});
