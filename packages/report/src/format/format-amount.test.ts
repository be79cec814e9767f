import { describe, expect, it } from 'vitest';
import { formatAmount } from './format-amount.js';

describe('formatAmount', () => {
  it('writes euros the Dutch way, the sign kept on the line with the amount', () => {
    expect(formatAmount(2450)).toBe('€\u00A02.450,00');
    expect(formatAmount(18.5)).toBe('€\u00A018,50');
    expect(formatAmount(0)).toBe('€\u00A00,00');
  });
});
