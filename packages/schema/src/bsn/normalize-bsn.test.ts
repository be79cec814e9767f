import { describe, expect, it } from 'vitest';
import { isValidBsn } from './is-valid-bsn.js';
import { normalizeBsn } from './normalize-bsn.js';

describe('normalizeBsn', () => {
  it('adds the leading zero to 8 digits and leaves 9 digits alone', () => {
    expect(normalizeBsn('11222333')).toBe('011222333');
    expect(normalizeBsn('123456782')).toBe('123456782');
  });

  it('returns any other string unchanged', () => {
    for (const value of ['', '1234567', '1234567820', 'abcdefgh'])
      expect(normalizeBsn(value)).toBe(value);
  });

  it('keeps validity: an 8-digit BSN is valid exactly when its normalised form is', () => {
    for (const value of ['11222333', '12345678', '23456781'])
      expect(isValidBsn(normalizeBsn(value))).toBe(isValidBsn(value));
  });
});
