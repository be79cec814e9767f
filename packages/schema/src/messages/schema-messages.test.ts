import { describe, expect, it } from 'vitest';
import { SCHEMA_MESSAGES } from './schema-messages.js';

describe('SCHEMA_MESSAGES', () => {
  it('has a Dutch and a different English sentence for every code', () => {
    for (const [code, text] of Object.entries(SCHEMA_MESSAGES)) {
      expect(text.nl, code).toMatch(/^[A-Z].*[.)]$/);
      expect(text.en, code).toMatch(/^[A-Z].*[.)]$/);
      expect(text.nl, code).not.toBe(text.en);
    }
  });
});
