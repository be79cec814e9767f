import { describe, expect, it } from 'vitest';
import { isSafeName } from './is-safe-name.js';

describe('isSafeName', () => {
  it('accepts field-like names', () => {
    for (const name of ['diagnose', 'sickPeriods', 'spoor-2', 'a_b', 'x1234567'])
      expect(isSafeName(name)).toBe(true);
  });

  it('rejects names that could carry data: digits first, 8+ digits, spaces, long or empty', () => {
    for (const name of ['123456782', 'bsn123456782', 'twee woorden', '', 'a'.repeat(65), 'naam\n'])
      expect(isSafeName(name)).toBe(false);
  });
});
