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

  it('takes the contact person and eigenrisicodrager status UWV asks with a WIA application, strictly', () => {
    const employer = {
      name: 'Voorbeeld Logistiek B.V.',
      contactPerson: { name: 'Petra de Boer', function: 'HR-adviseur', email: 'p@example.nl' },
      eigenrisicodrager: { wga: true, zw: false },
    };
    expect(problems(employer)).toEqual([]);
    expect(
      problems({
        ...employer,
        contactPerson: { name: 'Petra de Boer', email: 'geen-adres', fax: '030' },
        eigenrisicodrager: { wga: 'ja', whk: true },
      }),
    ).toEqual([
      ['contactPerson.email', 'field/format'],
      ['contactPerson.fax', 'field/unknown'],
      ['eigenrisicodrager.wga', 'field/type'],
      ['eigenrisicodrager.whk', 'field/unknown'],
    ]);
  });
});
