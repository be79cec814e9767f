import { pathText } from '@poortwachter/core';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../messages/parse-with.js';
import { casemanagerSchema } from './casemanager-schema.js';

const problems = (input: unknown) => {
  const result = parseWith(casemanagerSchema, input);
  return result.success ? [] : result.issues.map((i) => [pathText(i.path ?? []), i.code]);
};

describe('casemanagerSchema', () => {
  it('accepts name, function, e-mail and phone, and checks the e-mail address', () => {
    const casemanager = {
      name: 'P. Bakker',
      function: 'HR-adviseur',
      email: 'p.bakker@example.nl',
      phone: '030 123 45 67',
    };
    expect(problems(casemanager)).toEqual([]);
    expect(problems({ ...casemanager, email: 'p.bakker' })).toEqual([['email', 'field/format']]);
    expect(problems({ ...casemanager, phone: ' ' })).toEqual([['phone', 'text/blank']]);
    expect(problems({ ...casemanager, mobiel: '06' })).toEqual([['mobiel', 'field/unknown']]);
  });
});
