import { describe, expect, it } from 'vitest';
import { bedrijfsartsSchema } from './bedrijfsarts-schema.js';

describe('bedrijfsartsSchema', () => {
  it('holds name and organisation only', () => {
    expect(
      bedrijfsartsSchema.safeParse({ name: 'M. Jansen', organisation: 'Arbodienst Voorbeeld' })
        .success,
    ).toBe(true);
    expect(bedrijfsartsSchema.safeParse({ name: 'M. Jansen', advies: 'rust' }).success).toBe(false);
  });
});
