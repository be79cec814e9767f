import { describe, expect, it } from 'vitest';
import { isSafeName } from './is-safe-name.js';

describe('isSafeName', () => {
  it('accepts short words of letters, digits, - and _ that start with a letter', () => {
    for (const name of ['diagnose', 'sickPeriods', 'spoor-2', 'a_b', 'x1234567', 'A'])
      expect(isSafeName(name)).toBe(true);
  });

  it('refuses anything that could carry input: digits in a run of 8, spaces, a leading digit', () => {
    for (const name of [
      '123456782', // a BSN
      'bsn12345678', // 8 digits in a row after letters
      'een lange zin',
      '2e',
      '',
      '-x',
      'naam.achternaam',
      'é',
    ])
      expect(isSafeName(name)).toBe(false);
  });

  it('allows 64 characters and no more', () => {
    expect(isSafeName(`a${'b'.repeat(63)}`)).toBe(true);
    expect(isSafeName(`a${'b'.repeat(64)}`)).toBe(false);
  });
});
