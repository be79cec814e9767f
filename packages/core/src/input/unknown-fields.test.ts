import { describe, expect, it } from 'vitest';
import { pathText } from '../issues/path-text.js';
import { CASE_FILE_FIELDS } from './case-file-fields.js';
import { INPUT_ISSUE_MESSAGES } from './input-issue-codes.js';
import { unknownFields } from './unknown-fields.js';

describe('unknownFields', () => {
  it('reports every unknown key with its path, and a list or object of the wrong kind', () => {
    expect(
      unknownFields(
        { employee: { diagnose: 'x' }, sickPeriods: [{ start: '2025-01-06', klacht: 'y' }] },
        CASE_FILE_FIELDS,
        [],
      ),
    ).toEqual([
      {
        code: 'field/unknown',
        path: ['employee', 'diagnose'],
        message: INPUT_ISSUE_MESSAGES['field/unknown'],
      },
      {
        code: 'field/unknown',
        path: ['sickPeriods', 0, 'klacht'],
        message: INPUT_ISSUE_MESSAGES['field/unknown'],
      },
    ]);
    expect(
      unknownFields({ employee: 'x', events: {} }, CASE_FILE_FIELDS, []).map((i) => [
        i.code,
        i.path,
      ]),
    ).toEqual([
      ['field/type', ['employee']],
      ['field/type', ['events']],
    ]);
  });

  it('writes a key that may be data (a BSN, a sentence) as … in the path, as the schema does', () => {
    const bsn = '123456782';
    const issues = unknownFields(
      { [bsn]: 1, employee: { 'Hernia links': 'x' }, groups: { [bsn]: 5 } },
      CASE_FILE_FIELDS,
      [],
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['field/unknown', ['…']],
      ['field/unknown', ['employee', '…']],
      ['field/type', ['groups', '…']],
    ]);
    expect(JSON.stringify(issues)).not.toMatch(/123456782|Hernia/);
    expect(issues.map((i) => pathText(i.path))).toEqual(['[…]', 'employee[…]', 'groups[…]']);
  });

  it('leaves the keys it is told to skip, and the options, to their own checks', () => {
    expect(
      unknownFields(
        { sickPeriods: [{ x: 1 }], options: { nope: 1 } },
        CASE_FILE_FIELDS,
        [],
        new Set(['sickPeriods']),
      ),
    ).toEqual([]);
  });
});
