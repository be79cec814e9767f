import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../calendar/day-number.js';
import { caseChains } from './case-chains.js';

describe('caseChains', () => {
  it('builds the chains of a case, oldest first', () => {
    // 31 January → 1 March: 28 days strictly between, a new chain.
    const chains = caseChains({
      sickPeriods: [{ start: '2025-03-01' }, { start: '2025-01-06', end: '2025-01-31' }],
    });
    expect(chains.map((c) => toIsoDate(c.firstSickDay))).toEqual(['2025-01-06', '2025-03-01']);
  });

  it('applies the leave option of the case itself', () => {
    // Leave 3 April – 21 July, 2 fit days before it: the statute restarts after 112 gap days,
    // exclude-leave-days counts a gap of 2 and adds the periods together.
    const input = {
      sickPeriods: [{ start: '2025-01-06', end: '2025-03-31' }, { start: '2025-07-22' }],
      leavePeriods: [
        {
          kind: 'zwangerschaps-en-bevallingsverlof' as const,
          start: '2025-04-03',
          end: '2025-07-21',
        },
      ],
    };
    expect(caseChains(input)).toHaveLength(2);
    expect(caseChains({ ...input, options: { leaveAndGaps: 'exclude-leave-days' } })).toHaveLength(
      1,
    );
  });

  it('throws the problems of a case it cannot use, with codes and paths', () => {
    expect(() =>
      caseChains({
        sickPeriods: [{ start: '2025-01-06' }, { start: '2025-02-01', end: '2025-02-10' }],
      }),
    ).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({
            code: 'period/open-not-latest',
            path: ['sickPeriods', 0, 'end'],
          }),
        ],
      }),
    );
  });
});
