import { describe, expect, it } from 'vitest';
import { aowDateFor } from './aow-date-for.js';

describe('aowDateFor', () => {
  it('takes the AOW age of the year in which it is reached', () => {
    expect(aowDateFor('1947-01-01')).toBe('2012-01-01'); // 65 before 2013
    // 65 would be reached 10 Jun 2015, but 2015 asks 65y3m: 10 September 2015.
    expect(aowDateFor('1950-06-10')).toBe('2015-09-10');
    // 66y7m reached on 1 Oct 2022, in 2022 whose age is 66y7m.
    expect(aowDateFor('1956-03-01')).toBe('2022-10-01');
    // 66y10m reached on 1 Apr 2023 (66y7m would be 1 Jan 2023, not in 2022).
    expect(aowDateFor('1956-06-01')).toBe('2023-04-01');
    expect(aowDateFor('1958-03-15')).toBe('2025-03-15'); // 67
    expect(aowDateFor('1962-01-01')).toBe('2029-04-01'); // 67y3m
  });

  it('clamps to the end of a shorter month', () => {
    expect(aowDateFor('1955-05-31')).toBe('2021-09-30'); // 66y4m: September has no 31st
  });

  it('returns null beyond the published years', () => {
    // 1963 + 67y3m = 1 April 2030; 2030 and 2031 are published (67 years and 3 months).
    expect(aowDateFor('1963-01-01')).toBe('2030-04-01');
    expect(aowDateFor('1964-09-30')).toBe('2031-12-30');
    expect(aowDateFor('1965-01-01')).toBeNull(); // 2032: not yet published
  });
});
