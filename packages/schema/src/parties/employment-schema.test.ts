import { pathText } from '@poortwachter/core';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../messages/parse-with.js';
import { employeeSchema } from './employee-schema.js';

const problems = (input: unknown) => {
  const result = parseWith(employeeSchema, input);
  return result.success ? [] : result.issues.map((i) => [pathText(i.path ?? []), i.code]);
};

describe('employee contact details and employment', () => {
  it('takes what UWV asks with a WIA application: contact, date in service, contract, work pattern', () => {
    expect(
      problems({
        name: 'Sanne Verhoeven',
        email: 'sanne@example.nl',
        phone: '06 12345678',
        employment: {
          startDate: '2012-04-01',
          contractType: 'bepaalde-tijd',
          endDate: '2026-03-31',
          workPattern: 'Maandag tot en met vrijdag, 7.30–15.00 uur',
        },
      }),
    ).toEqual([]);
  });

  it('is strict: an unknown contract type, a bad date or an unknown key is an issue on its path', () => {
    expect(
      problems({
        email: 'geen-adres',
        employment: { startDate: '2012-13-01', contractType: 'nul-uren', salary: 3000 },
      }),
    ).toEqual([
      ['email', 'field/format'],
      ['employment.startDate', 'date/invalid'],
      ['employment.contractType', expect.any(String)],
      ['employment.salary', 'field/unknown'],
    ]);
  });
});
