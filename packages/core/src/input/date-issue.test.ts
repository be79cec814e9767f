import { describe, expect, it } from 'vitest';
import { dateIssue } from './date-issue.js';
import { INPUT_ISSUE_MESSAGES } from './input-issue-codes.js';

describe('dateIssue', () => {
  it('is null for a real calendar date, leap days included', () => {
    expect(dateIssue('2025-02-28', ['asOf'])).toBeNull();
    expect(dateIssue('2024-02-29', ['asOf'])).toBeNull();
  });

  it('says date/has-time for a date with a time, pointing at dateInAmsterdam', () => {
    const path = ['sickPeriods', 0, 'start'];
    for (const value of [
      '2025-01-01T14:50:48+01:00',
      '2025-01-01T14:50',
      '2025-01-01 14:50',
      '2025-03-30T23:30:00Z',
    ])
      expect(dateIssue(value, path)).toEqual({
        code: 'date/has-time',
        path,
        message: INPUT_ISSUE_MESSAGES['date/has-time'],
      });
    expect(INPUT_ISSUE_MESSAGES['date/has-time'].en).toContain('dateInAmsterdam()');
  });

  it('says date/invalid for any other string that is not an existing date', () => {
    for (const value of ['2025-02-30', '2023-02-29', '6-1-2025', '2025-1-6', 'morgen', ''])
      expect(dateIssue(value, ['asOf'])).toEqual({
        code: 'date/invalid',
        path: ['asOf'],
        message: INPUT_ISSUE_MESSAGES['date/invalid'],
      });
    // A time after an impossible date is still a time: the fix is the same (give a date).
    expect(dateIssue('2025-02-30T10:00', ['asOf'])?.code).toBe('date/has-time');
  });

  it('says field/type for a value that is not a string', () => {
    for (const value of [20250106, null, undefined, new Date(0), ['2025-01-06']])
      expect(dateIssue(value, ['x', 1])).toEqual({
        code: 'field/type',
        path: ['x', 1],
        message: INPUT_ISSUE_MESSAGES['field/type'],
      });
  });
});
