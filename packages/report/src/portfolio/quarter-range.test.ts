import { describe, expect, it } from 'vitest';
import { quarterRange } from './quarter-range.js';

describe('quarterRange', () => {
  it('fills the quarters between the first and the last, across years', () => {
    expect(quarterRange(['2023-Q3', '2024-Q2'])).toEqual([
      '2023-Q3',
      '2023-Q4',
      '2024-Q1',
      '2024-Q2',
    ]);
    expect(quarterRange(['2025-Q1'])).toEqual(['2025-Q1']);
    expect(quarterRange([])).toEqual([]);
  });
});
