import type { SickPeriod } from '@poortwachter/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { sickPeriodSchema } from './sick-period-schema.js';

describe('sickPeriodSchema', () => {
  it("fits core's SickPeriod and accepts a closed or open period", () => {
    expectTypeOf<z.infer<typeof sickPeriodSchema>>().toExtend<SickPeriod>();
    for (const period of [
      { start: '2025-01-06', end: '2025-03-01' },
      { start: '2025-03-20' },
      { start: '2025-03-20', end: null },
    ])
      expect(sickPeriodSchema.safeParse(period).success).toBe(true);
  });

  it('rejects a missing start, impossible dates and unknown keys', () => {
    for (const period of [
      { end: '2025-03-01' },
      { start: '2025-02-30' },
      { start: '2025-01-06', end: '1-3-2025' },
      { start: '2025-01-06', reden: 'x' },
    ])
      expect(sickPeriodSchema.safeParse(period).success).toBe(false);
  });
});
