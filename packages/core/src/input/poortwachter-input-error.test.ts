import { describe, expect, it } from 'vitest';
import { PoortwachterError } from '../issues/poortwachter-error.js';
import { INPUT_ISSUE_MESSAGES } from './input-issue-codes.js';
import { PoortwachterInputError } from './poortwachter-input-error.js';

describe('PoortwachterInputError', () => {
  const issue = {
    code: 'periods/empty' as const,
    path: ['sickPeriods'],
    message: INPUT_ISSUE_MESSAGES['periods/empty'],
  };

  it('is a PoortwachterError with its own name and the input summary in both languages', () => {
    const e = new PoortwachterInputError([issue]);
    expect(e).toBeInstanceOf(PoortwachterError);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('PoortwachterInputError');
    expect(e.issues).toEqual([issue]);
    expect(e.format('en')).toBe(
      'The input cannot be used:\nsickPeriods: There is no sick period: give at least one.',
    );
    expect(e.format('nl')).toBe(
      'De invoer is niet bruikbaar:\nsickPeriods: Er is geen ziekteperiode: geef er minstens één.',
    );
  });
});
