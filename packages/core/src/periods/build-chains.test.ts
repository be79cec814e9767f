import { describe, expect, it } from 'vitest';
import { toDayNumber, toIsoDate } from '../calendar/day-number.js';
import { buildChains } from './build-chains.js';
import { sickDayDate, sickDaysUpTo } from './sick-day-date.js';

const firstDays = (chains: ReturnType<typeof buildChains>) =>
  chains.map((c) => toIsoDate(c.firstSickDay));

describe('buildChains', () => {
  it('adds periods together up to a gap of 27 days, sorted whatever the input order', () => {
    // Strictly between 31 Jan and 28 Feb lie 1–27 Feb: 27 days.
    expect(
      firstDays(buildChains([{ start: '2025-02-28' }, { start: '2025-01-06', end: '2025-01-31' }])),
    ).toEqual(['2025-01-06']);
    // Strictly between 31 Jan and 1 Mar lie 1–28 Feb: 28 days, a new chain.
    expect(
      firstDays(buildChains([{ start: '2025-03-01' }, { start: '2025-01-06', end: '2025-01-31' }])),
    ).toEqual(['2025-01-06', '2025-03-01']);
  });

  it('marks a chain closed or open', () => {
    const [closed] = buildChains([{ start: '2025-01-06', end: '2025-01-31' }]);
    expect(closed!.lastSickDay).toBe(toDayNumber('2025-01-31'));
    const [open] = buildChains([{ start: '2025-01-06' }]);
    expect(open!.lastSickDay).toBeNull();
  });
});

describe('sickDayDate and sickDaysUpTo', () => {
  const [chain] = buildChains([
    { start: '2025-01-06', end: '2025-01-10' }, // sick-days 1–5
    { start: '2025-01-20', end: '2025-01-24' }, // sick-days 6–10 after 9 gap days
  ]);
  it('skips gap days and stops at recovery', () => {
    expect(toIsoDate(sickDayDate(chain!, 5)!)).toBe('2025-01-10');
    expect(toIsoDate(sickDayDate(chain!, 6)!)).toBe('2025-01-20');
    expect(toIsoDate(sickDayDate(chain!, 10)!)).toBe('2025-01-24');
    expect(sickDayDate(chain!, 11)).toBeNull();
  });
  it('counts sick days up to a date', () => {
    expect(sickDaysUpTo(chain!, toDayNumber('2025-01-05'))).toBe(0);
    expect(sickDaysUpTo(chain!, toDayNumber('2025-01-15'))).toBe(5);
    expect(sickDaysUpTo(chain!, toDayNumber('2025-01-21'))).toBe(7);
    expect(sickDaysUpTo(chain!, toDayNumber('2025-12-31'))).toBe(10);
  });
});
