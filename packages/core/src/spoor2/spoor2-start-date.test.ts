import { describe, expect, it } from 'vitest';
import { spoor2StartDate } from './spoor2-start-date.js';

describe('spoor2StartDate', () => {
  it('is the intake, else the referral', () => {
    expect(spoor2StartDate({ referral: '2025-02-10', intake: '2025-02-17' })).toBe('2025-02-17');
    expect(spoor2StartDate({ referral: '2025-02-10', intake: null })).toBe('2025-02-10');
    expect(spoor2StartDate({ referral: '2025-02-10' })).toBe('2025-02-10');
  });
});
