import { describe, expect, it } from 'vitest';
import { formatIssue } from './format-issue.js';

describe('formatIssue', () => {
  it('prints "<path>: <message>", or the message alone for the root', () => {
    const message = 'De einddatum ligt vóór de begindatum.';
    expect(
      formatIssue({
        path: ['sickPeriods', 1, 'end'],
        pathText: 'sickPeriods[1].end',
        code: 'x',
        message,
      }),
    ).toBe(`sickPeriods[1].end: ${message}`);
    expect(formatIssue({ path: [], pathText: '', code: 'x', message })).toBe(message);
  });
});
