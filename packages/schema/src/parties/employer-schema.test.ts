import { pathText } from '@poortwachter/core';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../messages/parse-with.js';
import { employerSchema } from './employer-schema.js';

const problems = (input: unknown) => {
  const result = parseWith(employerSchema, input);
  return result.success ? [] : result.issues.map((i) => [pathText(i.path ?? []), i.code]);
};

describe('employerSchema', () => {
  it('accepts the employer of contract.md §1 and checks the loonheffingennummer', () => {
    const employer = {
      name: 'Voorbeeld Logistiek B.V.',
      address: 'Industrieweg 12, 3542 AD Utrecht',
      loonheffingennummer: '001234567L01',
      natureOfBusiness: 'Groothandel en distributie',
    };
    expect(problems(employer)).toEqual([]);
    expect(problems({ ...employer, loonheffingennummer: '1234567' })).toEqual([
      ['loonheffingennummer', 'loonheffingennummer/format'],
    ]);
    expect(problems({ ...employer, kvk: '12345678' })).toEqual([['kvk', 'field/unknown']]);
  });
});
