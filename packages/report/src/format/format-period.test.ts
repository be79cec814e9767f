import { describe, expect, it } from 'vitest';
import { formatPeriod } from './format-period.js';

describe('formatPeriod', () => {
  it('holds the dash to both dates with non-breaking spaces in running text', () => {
    const text = formatPeriod('2025-02-17', '2025-09-26');
    expect(text).toBe('17 februari 2025\u00A0–\u00A026 september 2025');
    // No ordinary space on either side of the dash: a line cannot end on it or start with it.
    expect(text).not.toMatch(/ –|– /);
  });

  it('puts the second date on its own line in a narrow cell, and shows open ends', () => {
    expect(formatPeriod('2025-02-17', undefined, 'stacked')).toBe('17 februari 2025 –\n…');
    expect(formatPeriod(undefined, '2025-09-26')).toBe('…\u00A0–\u00A026 september 2025');
    expect(formatPeriod(undefined, null)).toBe('—');
  });
});
