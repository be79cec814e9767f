import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date.js';

describe('formatDate', () => {
  it('writes Dutch month names without leading zeros', () => {
    expect(formatDate('2025-01-06')).toBe('6 januari 2025');
    expect(formatDate('2024-12-31')).toBe('31 december 2024');
    expect(formatDate('2024-02-29')).toBe('29 februari 2024');
  });

  it('returns text that is not an ISO date unchanged', () => {
    expect(formatDate('binnenkort')).toBe('binnenkort');
  });
});
