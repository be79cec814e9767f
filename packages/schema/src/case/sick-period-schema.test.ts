import type { SickPeriod } from '@poortwachter/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { parseWith } from '../messages/parse-with.js';
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

  it('rejects a missing start, impossible dates, a time and unknown keys', () => {
    const problems = (input: unknown) => {
      const result = parseWith(sickPeriodSchema, input);
      return result.success ? [] : result.issues.map((i) => [i.code, i.path]);
    };
    expect(problems({ end: '2025-03-01' })).toEqual([['field/required', ['start']]]);
    expect(problems({ start: '2025-02-30' })).toEqual([['date/invalid', ['start']]]);
    expect(problems({ start: '2025-01-06', end: '1-3-2025' })).toEqual([['date/invalid', ['end']]]);
    expect(problems({ start: '2025-01-06T08:00:00+01:00' })).toEqual([
      ['date/has-time', ['start']],
    ]);
    expect(problems({ start: '2025-01-06', reden: 'x' })).toEqual([['field/unknown', ['reden']]]);
  });
});
