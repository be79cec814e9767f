import { describe, expect, it } from 'vitest';
import { toDayNumber, toIsoDate } from '../calendar/day-number.js';
import { buildChains } from './build-chains.js';
import type { Chain } from './chain.js';
import { sickDayDate, sickDaysUpTo } from './sick-day-date.js';

const [chain] = buildChains([
  { start: '2025-01-06', end: '2025-01-10' }, // sick-days 1–5
  { start: '2025-01-20', end: '2025-01-24' }, // sick-days 6–10 after 9 gap days
]);

describe('sickDayDate', () => {
  it('skips gap days and stops at recovery', () => {
    expect(toIsoDate(sickDayDate(chain!, 1)!)).toBe('2025-01-06');
    expect(toIsoDate(sickDayDate(chain!, 5)!)).toBe('2025-01-10');
    expect(toIsoDate(sickDayDate(chain!, 6)!)).toBe('2025-01-20');
    expect(toIsoDate(sickDayDate(chain!, 10)!)).toBe('2025-01-24');
    expect(sickDayDate(chain!, 11)).toBeNull();
  });

  it('lets an open last period continue day by day', () => {
    const [open] = buildChains([
      { start: '2025-01-06', end: '2025-01-10' },
      { start: '2025-01-20' },
    ]);
    // 5 sick days before the gap; sd(728) = 20 Jan 2025 + (728 − 5 − 1) = 20 Jan 2025 + 722 days.
    expect(toIsoDate(sickDayDate(open!, 728)!)).toBe('2027-01-12');
  });

  it('reads the segments of a chain built by hand', () => {
    const c: Chain = {
      firstSickDay: 100,
      segments: [
        { start: 100, end: 101 },
        { start: 110, end: null },
      ],
      lastSickDay: null,
    };
    expect([1, 2, 3, 4].map((n) => sickDayDate(c, n))).toEqual([100, 101, 110, 111]);
  });
});

describe('sickDaysUpTo', () => {
  it('counts sick days up to a date', () => {
    expect(sickDaysUpTo(chain!, toDayNumber('2025-01-05'))).toBe(0);
    expect(sickDaysUpTo(chain!, toDayNumber('2025-01-06'))).toBe(1);
    expect(sickDaysUpTo(chain!, toDayNumber('2025-01-15'))).toBe(5);
    expect(sickDaysUpTo(chain!, toDayNumber('2025-01-21'))).toBe(7);
    expect(sickDaysUpTo(chain!, toDayNumber('2025-12-31'))).toBe(10);
  });

  it('is the inverse of sickDayDate on sick days', () => {
    for (let n = 1; n <= 10; n++) expect(sickDaysUpTo(chain!, sickDayDate(chain!, n)!)).toBe(n);
  });
});
