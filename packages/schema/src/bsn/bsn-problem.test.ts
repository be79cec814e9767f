import { describe, expect, it } from 'vitest';
import { bsnProblem } from './bsn-problem.js';

describe('bsnProblem', () => {
  it('names the reason a BSN is rejected', () => {
    expect(bsnProblem('123456782')).toBeNull();
    expect(bsnProblem('123456789')).toBe('bsn/checksum');
    expect(bsnProblem('000000000')).toBe('bsn/zero');
    expect(bsnProblem('12345')).toBe('bsn/format');
    expect(bsnProblem('12345678X')).toBe('bsn/format');
    expect(bsnProblem(123456782)).toBe('bsn/format');
  });
});
