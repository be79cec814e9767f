import { describe, expect, it } from 'vitest';
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
    expect(e.name).toBe('PoortwachterError');
    expect(e.issues).toEqual([issue]);
    expect(e.summary).toEqual({ nl: 'Niet bruikbaar:', en: 'Cannot be used:' });
    expect(e.message).toBe(
      'Niet bruikbaar:\nsickPeriods[0].end: De einddatum ligt vóór de begindatum.\nCannot be used:\nsickPeriods[0].end: The end date is before the start date.',
    );
    expect(e.format('en')).toBe(
      'Cannot be used:\nsickPeriods[0].end: The end date is before the start date.',
    );
  });

  it('without a summary has one line per issue, Dutch by default', () => {
    const second = { code: 'x', message: { nl: 'Fout.', en: 'Wrong.' } };
    const e = new PoortwachterError([issue, second]);
    expect(e.summary).toBeUndefined();
    expect(e.format()).toBe('sickPeriods[0].end: De einddatum ligt vóór de begindatum.\nFout.');
    expect(e.message).toBe(
      'sickPeriods[0].end: De einddatum ligt vóór de begindatum.\nFout.\nsickPeriods[0].end: The end date is before the start date.\nWrong.',
    );
  });
});
