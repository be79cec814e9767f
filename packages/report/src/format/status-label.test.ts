import { describe, expect, it } from 'vitest';
import { statusLabel } from './status-label.js';

describe('statusLabel', () => {
  it('labels statuses in Dutch', () => {
    expect(statusLabel('done')).toBe('gedaan');
    expect(statusLabel('overdue')).toBe('verlopen');
    expect(statusLabel('not-applicable')).toBe('niet van toepassing');
  });
});
