import { describe, expect, it } from 'vitest';
import { authorSchema } from './author-schema.js';

describe('authorSchema', () => {
  it('holds a name and a function, each optional but never blank', () => {
    expect(authorSchema.safeParse({ name: 'P. Bakker', function: 'HR-adviseur' }).success).toBe(
      true,
    );
    expect(authorSchema.safeParse({}).success).toBe(true);
    expect(authorSchema.safeParse({ name: '' }).success).toBe(false);
    expect(authorSchema.safeParse({ name: 'P. Bakker', bsn: '123456782' }).success).toBe(false);
  });
});
