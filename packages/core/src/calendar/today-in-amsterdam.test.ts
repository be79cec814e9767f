import { afterEach, describe, expect, it, vi } from 'vitest';
import { todayInAmsterdam } from './today-in-amsterdam.js';

describe('todayInAmsterdam', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('takes the Amsterdam date of the moment given', () => {
    // 23:30 UTC on 30 March 2025 is 01:30 summer time on 31 March in Amsterdam.
    expect(todayInAmsterdam(new Date('2025-03-30T23:30:00Z'))).toBe('2025-03-31');
    expect(todayInAmsterdam(new Date('2025-03-30T21:59:00Z'))).toBe('2025-03-30');
  });

  it('takes the current moment by default', () => {
    // 23:30 UTC on 31 December 2025 is already New Year's Day in Amsterdam (winter time, UTC+1).
    vi.useFakeTimers({ now: new Date('2025-12-31T23:30:00Z') });
    expect(todayInAmsterdam()).toBe('2026-01-01');
  });
});
