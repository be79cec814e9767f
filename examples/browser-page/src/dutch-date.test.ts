import { describe, expect, it } from 'vitest';
import { dutchDate, isoDate } from './dutch-date.js';

describe('dates in Dutch order', () => {
  it('reads day, month and year with any separator, with or without leading zeros', () => {
    for (const text of ['06-01-2025', '6-1-2025', '6/1/2025', '6.1.2025', ' 06 01 2025 '])
      expect(isoDate(text)).toBe('2025-01-06');
  });

  it('leaves empty and unreadable text for the schema to report', () => {
    expect(isoDate('')).toBe('');
    expect(isoDate('2025-01-06')).toBe('2025-01-06');
    expect(isoDate('6 januari')).toBe('6 januari');
    // 31 February is read, and the schema says that the day does not exist.
    expect(isoDate('31-02-2025')).toBe('2025-02-31');
  });

  it('shows an ISO date in Dutch order, and other text as it is', () => {
    expect(dutchDate('2025-01-06')).toBe('06-01-2025');
    expect(dutchDate('')).toBe('');
    expect(dutchDate('6 januari')).toBe('6 januari');
    expect(isoDate(dutchDate('2024-02-29'))).toBe('2024-02-29');
  });
});
