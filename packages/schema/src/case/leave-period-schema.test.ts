import type { LeavePeriod } from '@poortwachter/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { parseWith } from '../messages/parse-with.js';
import { leavePeriodSchema } from './leave-period-schema.js';

describe('leavePeriodSchema', () => {
  const leave = {
    kind: 'zwangerschaps-en-bevallingsverlof',
    start: '2025-05-01',
    end: '2025-08-20',
  };

  it("fits core's LeavePeriod; sameCause is optional", () => {
    expectTypeOf<z.infer<typeof leavePeriodSchema>>().toExtend<LeavePeriod>();
    expect(leavePeriodSchema.safeParse(leave).success).toBe(true);
    expect(leavePeriodSchema.safeParse({ ...leave, sameCause: false }).success).toBe(true);
  });

  it('needs the kind, both dates, a boolean sameCause and no other keys', () => {
    const problems = (input: unknown) => {
      const result = parseWith(leavePeriodSchema, input);
      return result.success ? [] : result.issues.map((i) => [i.code, i.path]);
    };
    expect(problems({ ...leave, kind: 'ouderschapsverlof' })).toEqual([['field/choice', ['kind']]]);
    expect(problems({ kind: leave.kind, start: leave.start })).toEqual([
      ['field/required', ['end']],
    ]);
    expect(problems({ ...leave, start: '2025-05-32' })).toEqual([['date/invalid', ['start']]]);
    expect(problems({ ...leave, sameCause: 'nee' })).toEqual([['field/type', ['sameCause']]]);
    expect(problems({ ...leave, reden: 'x' })).toEqual([['field/unknown', ['reden']]]);
  });
});
