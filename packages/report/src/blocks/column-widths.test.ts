import { describe, expect, it } from 'vitest';
import { PAGE } from '../layout/page-layout.js';
import { columnWidths } from './column-widths.js';

describe('columnWidths', () => {
  it('divides the text width by weight in whole DXA that add up exactly', () => {
    const widths = columnWidths([1, 3]);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(PAGE.contentWidth);
    expect(widths.every(Number.isInteger)).toBe(true);
    expect(widths[1]).toBeGreaterThan((widths[0] ?? 0) * 2.9);
  });

  it('gives the rounding rest to the last column', () => {
    expect(columnWidths([1, 1, 1], 100)).toEqual([33, 33, 34]);
  });
});
