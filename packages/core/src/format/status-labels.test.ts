import { describe, expect, it } from 'vitest';
import { SEVERITY_LABELS, STATUS_LABELS } from './status-labels.js';

// The terminal, the documents and the browser page all print these words: two statuses that
// read the same would be one status to a reader.
describe('STATUS_LABELS and SEVERITY_LABELS', () => {
  it('word every status differently in each language', () => {
    for (const lang of ['nl', 'en'] as const) {
      const words = Object.values(STATUS_LABELS).map((l) => l[lang]);
      expect(words.every((w) => w.trim() !== '')).toBe(true);
      expect(new Set(words).size).toBe(words.length);
    }
    expect(Object.keys(STATUS_LABELS)).toHaveLength(9);
  });

  it('word every severity differently in each language', () => {
    for (const lang of ['nl', 'en'] as const) {
      const words = Object.values(SEVERITY_LABELS).map((l) => l[lang]);
      expect(new Set(words).size).toBe(3);
    }
  });
});
