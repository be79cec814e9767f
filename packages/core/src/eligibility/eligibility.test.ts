import { describe, expect, it } from 'vitest';
import { PoortwachterInputError } from '../input/poortwachter-input-error.js';
import { aowDateFor } from './aow-date-for.js';
import { rivKind } from './riv-kind.js';
import { wiaOutcome } from './wia-outcome.js';

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

describe('rivKind', () => {
  const end = (date: string) =>
    rivKind({
      sickPeriods: [{ start: '2025-01-06' }],
      events: [{ type: 'einde-dienstverband', date }],
    });
  it('depends on the sick days on the last day of employment', () => {
    expect(end('2025-02-15')).toEqual({
      kind: 'geen',
      lastDayOfEmployment: '2025-02-15',
      sickDays: 41,
    });
    expect(end('2025-02-16')?.kind).toBe('verkort'); // 42
    expect(end('2025-03-15')).toMatchObject({ kind: 'verkort', sickDays: 69 }); // 26 + 28 + 15
    expect(end('2025-03-16')).toMatchObject({ kind: 'volledig', sickDays: 70 });
    expect(rivKind({ sickPeriods: [{ start: '2025-01-06' }] })).toBeNull();
  });
});

describe('wiaOutcome', () => {
  it('classifies by loss of earning capacity and durability', () => {
    expect(wiaOutcome(34.99, true)).toBe('35-minner');
    expect(wiaOutcome(35, false)).toBe('wga');
    expect(wiaOutcome(79.9, true)).toBe('wga');
    expect(wiaOutcome(80, true)).toBe('iva');
    expect(wiaOutcome(80, false)).toBe('wga');
    expect(() => wiaOutcome(101, true)).toThrow(PoortwachterInputError);
    try {
      wiaOutcome(-1, false);
    } catch (e) {
      expect((e as PoortwachterInputError).issues[0]).toMatchObject({
        code: 'field/too-small',
        path: ['lossPercent'],
      });
    }
  });
});
