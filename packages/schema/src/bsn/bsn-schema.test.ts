import { pathText } from '@poortwachter/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../messages/parse-with.js';
import { bsnSchema } from './bsn-schema.js';
import { isValidBsn } from './is-valid-bsn.js';

describe('bsnSchema', () => {
  it('accepts a valid BSN in 9 or 8 digits', () => {
    expect(bsnSchema.safeParse('123456782').success).toBe(true);
    expect(bsnSchema.safeParse('11222333').success).toBe(isValidBsn('011222333'));
  });

  it('reports format, zeros and elfproef with their own codes, in Dutch and English', () => {
    const codes = (value: unknown, lang: 'nl' | 'en' = 'nl') => {
      const result = parseWith(bsnSchema, value);
      return result.success ? [] : result.issues.map((i) => [i.code, i.message]);
    };
    expect(codes('12 34')).toEqual([
      [
        'bsn/format',
        'Een burgerservicenummer bestaat uit 9 cijfers (of 8, waar dan een 0 voor komt).',
      ],
    ]);
    expect(codes('000000000')).toEqual([
      ['bsn/zero', 'Een burgerservicenummer kan niet uit alleen nullen bestaan.'],
    ]);
    expect(codes('123456789', 'en')).toEqual([
      [
        'bsn/checksum',
        'This is not a valid citizen service number (BSN): it fails the eleven test (elfproef).',
      ],
    ]);
  });

  it('never puts the number in a message, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{9}$/),
        fc.constantFrom('nl' as const, 'en' as const),
        (bsn, lang) => {
          for (const input of [bsn, `${bsn}0`, bsn.slice(1), Number(bsn), ` ${bsn}`]) {
            const result = parseWith(bsnSchema, input);
            if (result.success) continue;
            for (const issue of result.issues) {
              expect(issue.message).not.toContain(bsn.slice(1));
              expect(pathText(issue.path ?? [])).not.toContain(bsn.slice(1));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
