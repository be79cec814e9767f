import type { LeavePeriod } from '@poortwachter/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
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
    for (const bad of [
      { ...leave, kind: 'ouderschapsverlof' },
      { kind: leave.kind, start: leave.start },
      { ...leave, sameCause: 'nee' },
      { ...leave, reden: 'x' },
    ])
      expect(leavePeriodSchema.safeParse(bad).success).toBe(false);
  });
});
