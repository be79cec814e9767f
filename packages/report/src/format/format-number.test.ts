import { describe, expect, it } from 'vitest';
import { formatNumber } from './format-number.js';

describe('formatNumber', () => {
  it('uses a decimal comma', () => {
    expect(formatNumber(38.5)).toBe('38,5');
    expect(formatNumber(40)).toBe('40');
    expect(formatNumber(12.345)).toBe('12,35');
  });
});
