import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidBsn } from './is-valid-bsn.js';

/** The elfproef written out independently of the implementation. */
const weightedSum = (nine: string): number =>
  [...nine].reduce((sum, d, i) => sum + (i === 8 ? -1 : 9 - i) * Number(d), 0);

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));

describe('isValidBsn', () => {
  it('accepts the reference number 123456782 and rejects a near miss', () => {
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
  });

  it('rejects 000000000 (and its 8-digit form) although it passes the elfproef', () => {
    expect(weightedSum('000000000') % 11).toBe(0);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('00000000')).toBe(false);
  });

  it('accepts exactly the 9-digit strings whose weighted sum is divisible by 11, except zeros', () => {
    fc.assert(
      fc.property(digits(9), (bsn) => {
        expect(isValidBsn(bsn)).toBe(weightedSum(bsn) % 11 === 0 && bsn !== '000000000');
      }),
      { numRuns: 5000 },
    );
  });

  it('reads an 8-digit string with a leading zero', () => {
    fc.assert(
      fc.property(digits(8), (bsn) => {
        expect(isValidBsn(bsn)).toBe(isValidBsn(`0${bsn}`));
      }),
    );
    expect(isValidBsn('11222333')).toBe(weightedSum('011222333') % 11 === 0);
  });

  it('rejects other lengths, non-digits and non-strings', () => {
    for (const value of ['', '1234567', '1234567820', '12345678a', ' 123456782', '123 456 782'])
      expect(isValidBsn(value)).toBe(false);
    expect(isValidBsn(123456782)).toBe(false);
    expect(isValidBsn(null)).toBe(false);
  });
});
