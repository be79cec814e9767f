import { describe, expect, it } from 'vitest';
import { singleLine } from './single-line.js';

describe('singleLine', () => {
  it('puts text with newlines and tabs on one line', () => {
    expect(singleLine(' Regel 1\r\nRegel 2\n\n\tmet\ttabs\n')).toBe('Regel 1 Regel 2 met tabs');
  });

  it('still sanitises', () => {
    expect(singleLine('a\u0000\uFFFEb')).toBe('ab');
  });
});
