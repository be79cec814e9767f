import type { Spoor2SkipGround } from '@poortwachter/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { spoor2SkipGroundSchema } from './spoor2-skip-ground-schema.js';

describe('spoor2SkipGroundSchema', () => {
  it("has exactly core's skip grounds", () => {
    expectTypeOf<z.infer<typeof spoor2SkipGroundSchema>>().toEqualTypeOf<Spoor2SkipGround>();
    expect(spoor2SkipGroundSchema.safeParse('aow-binnen-jaar-na-wachttijd').success).toBe(true);
    expect(spoor2SkipGroundSchema.safeParse('geen-zin').success).toBe(false);
  });
});
