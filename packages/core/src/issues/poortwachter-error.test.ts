import { describe, expect, it } from 'vitest';
import { formatIssue } from './format-issue.js';
import { pathText } from './path-text.js';
import { PoortwachterError } from './poortwachter-error.js';

const issue = {
  code: 'period/end-before-start',
  path: ['sickPeriods', 0, 'end'],
  message: {
    nl: 'De einddatum ligt vóór de begindatum.',
    en: 'The end date is before the start date.',
  },
};

describe('PoortwachterError', () => {
  it('carries its issues and reads in both languages', () => {
    const e = new PoortwachterError([issue], { nl: 'Niet bruikbaar:', en: 'Cannot be used:' });
    expect(e).toBeInstanceOf(Error);
    expect(e.issues).toEqual([issue]);
    expect(e.message).toBe(
      'Niet bruikbaar:\nsickPeriods[0].end: De einddatum ligt vóór de begindatum.\nCannot be used:\nsickPeriods[0].end: The end date is before the start date.',
    );
    expect(e.format('en')).toBe(
      'Cannot be used:\nsickPeriods[0].end: The end date is before the start date.',
    );
  });

  it('formats paths without echoing free-form keys', () => {
    expect(formatIssue({ ...issue, path: [] }, 'en')).toBe(
      'The end date is before the start date.',
    );
    expect(pathText(['groups', '123456782'])).toBe('groups[…]');
    expect(pathText(['options', 'workingDays', 'nonWorkingDays', 2])).toBe(
      'options.workingDays.nonWorkingDays[2]',
    );
  });
});
