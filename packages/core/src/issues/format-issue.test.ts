import { describe, expect, it } from 'vitest';
import { formatIssue } from './format-issue.js';

const issue = {
  code: 'period/end-before-start',
  path: ['sickPeriods', 0, 'end'],
  message: {
    nl: 'De einddatum ligt vóór de begindatum.',
    en: 'The end date is before the start date.',
  },
};

describe('formatIssue', () => {
  it('writes <path>: <message> in the language asked, Dutch by default', () => {
    expect(formatIssue(issue, 'en')).toBe(
      'sickPeriods[0].end: The end date is before the start date.',
    );
    expect(formatIssue(issue)).toBe('sickPeriods[0].end: De einddatum ligt vóór de begindatum.');
  });

  it('writes only the message for an issue on the input as a whole or without a path', () => {
    expect(formatIssue({ ...issue, path: [] }, 'en')).toBe(
      'The end date is before the start date.',
    );
    expect(formatIssue({ code: 'x', message: { nl: 'Fout.', en: 'Wrong.' } }, 'nl')).toBe('Fout.');
  });

  it('never echoes a free-form key in the path', () => {
    expect(
      formatIssue({ code: 'field/type', path: ['groups', '123456782'], message: issue.message }),
    ).toBe('groups[…]: De einddatum ligt vóór de begindatum.');
  });
});
