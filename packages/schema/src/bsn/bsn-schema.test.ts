import { INPUT_ISSUE_MESSAGES, pathText } from '@poortwachter/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../messages/parse-with.js';
import { bsnSchema } from './bsn-schema.js';
import { isValidBsn } from './is-valid-bsn.js';

const issues = (value: unknown) => {
  const result = parseWith(bsnSchema, value);
  return result.success ? [] : result.issues.map((i) => [i.code, i.path, i.message]);
};

describe('bsnSchema', () => {
  it('accepts a valid BSN in 9 or 8 digits', () => {
    expect(bsnSchema.safeParse('123456782').success).toBe(true);
    expect(bsnSchema.safeParse('11222333').success).toBe(isValidBsn('011222333'));
  });

  it('reports format, zeros and elfproef with their own codes, in Dutch and English', () => {
    expect(issues('12 34')).toEqual([['bsn/format', [], INPUT_ISSUE_MESSAGES['bsn/format']]]);
    expect(issues('000000000')).toEqual([['bsn/zero', [], INPUT_ISSUE_MESSAGES['bsn/zero']]]);
    expect(issues('123456789')).toEqual([
      ['bsn/checksum', [], INPUT_ISSUE_MESSAGES['bsn/checksum']],
    ]);
    expect(INPUT_ISSUE_MESSAGES['bsn/checksum']).toEqual({
      nl: 'Dit is geen geldig burgerservicenummer: het doorstaat de elfproef niet.',
      en: 'This is not a valid citizen service number (BSN): it fails the eleven test (elfproef).',
    });
    // A number instead of text is a value of the wrong kind, not a BSN problem.
    expect(issues(123456782)).toEqual([
      [
        'field/type',
        [],
        {
          nl: `${INPUT_ISSUE_MESSAGES['field/type'].nl} Verwacht: tekst.`,
          en: `${INPUT_ISSUE_MESSAGES['field/type'].en} Expected: text.`,
        },
      ],
    ]);
  });

  it('never puts the number in a message or a path, whatever the input', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (bsn) => {
        for (const input of [bsn, `${bsn}0`, bsn.slice(1), Number(bsn), ` ${bsn}`]) {
          const result = parseWith(bsnSchema, input);
          if (result.success) continue;
          for (const issue of result.issues) {
            expect(issue.message.nl).not.toContain(bsn.slice(1));
            expect(issue.message.en).not.toContain(bsn.slice(1));
            expect(pathText(issue.path ?? [])).not.toContain(bsn.slice(1));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
