import type { EmployeeInput } from '@poortwachter/core';
import { INPUT_ISSUE_MESSAGES, pathText } from '@poortwachter/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { parseWith } from '../messages/parse-with.js';
import { employeeSchema } from './employee-schema.js';

const problems = (input: unknown) => {
  const result = parseWith(employeeSchema, input);
  return result.success ? [] : result.issues.map((i) => [pathText(i.path ?? []), i.code]);
};

describe('employeeSchema', () => {
  it("fits core's EmployeeInput; every field is optional; aowDate may be null", () => {
    expectTypeOf<z.infer<typeof employeeSchema>>().toExtend<EmployeeInput>();
    expect(problems({})).toEqual([]);
    expect(
      problems({
        name: 'Jan de Vries',
        dateOfBirth: '1971-05-14',
        bsn: '123456782',
        address: 'Stationsstraat 1, 3511 AB Utrecht',
        function: 'Orderpicker',
        hoursPerWeek: 36.5,
        aowDate: null,
      }),
    ).toEqual([]);
  });

  it('has no place for health data and checks each field', () => {
    expect(problems({ diagnose: 'x', klachten: 'y' })).toEqual([
      ['diagnose', 'field/unknown'],
      ['klachten', 'field/unknown'],
    ]);
    expect(
      problems({
        name: '',
        dateOfBirth: '14-05-1971',
        bsn: '12345678',
        hoursPerWeek: 169,
        aowDate: '2038-02-30',
      }),
    ).toEqual([
      ['name', 'text/blank'],
      ['dateOfBirth', 'date/invalid'],
      ['bsn', 'bsn/checksum'],
      ['hoursPerWeek', 'field/too-big'],
      ['aowDate', 'date/invalid'],
    ]);
  });

  it('needs more than 0 hours a week, and says so (0 itself is refused)', () => {
    const result = parseWith(employeeSchema, { hoursPerWeek: 0 });
    expect(result).toEqual({
      success: false,
      issues: [
        {
          code: 'field/too-small',
          path: ['hoursPerWeek'],
          message: {
            nl: `${INPUT_ISSUE_MESSAGES['field/too-small'].nl} Meer dan 0.`,
            en: `${INPUT_ISSUE_MESSAGES['field/too-small'].en} More than 0.`,
          },
        },
      ],
    });
    expect(problems({ hoursPerWeek: 0.5 })).toEqual([]);
  });
});
