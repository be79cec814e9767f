import { INPUT_ISSUE_MESSAGES, type Spoor2SkipGround } from '@poortwachter/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { parseWith } from '../messages/parse-with.js';
import { spoor2SkipGroundSchema } from './spoor2-skip-ground-schema.js';

describe('spoor2SkipGroundSchema', () => {
  it("has exactly core's skip grounds", () => {
    expectTypeOf<z.infer<typeof spoor2SkipGroundSchema>>().toEqualTypeOf<Spoor2SkipGround>();
    expect(spoor2SkipGroundSchema.safeParse('aow-binnen-jaar-na-wachttijd').success).toBe(true);
    const result = parseWith(spoor2SkipGroundSchema, 'geen-zin');
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.path, i.message.en])).toEqual([
      [
        'field/choice',
        [],
        `${INPUT_ISSUE_MESSAGES['field/choice'].en} Choose one of: ${spoor2SkipGroundSchema.options.join(', ')}.`,
      ],
    ]);
  });
});
