import { pathText } from '@poortwachter/core';
import type { RuleOptions } from '@poortwachter/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { parseWith } from '../messages/parse-with.js';
import { ruleOptionsSchema } from './rule-options-schema.js';

type Options = z.infer<typeof ruleOptionsSchema>;

const problems = (input: unknown) => {
  const result = parseWith(ruleOptionsSchema, input);
  return result.success ? [] : result.issues.map((i) => [pathText(i.path ?? []), i.code]);
};

describe('ruleOptionsSchema', () => {
  it("has exactly core's RuleOptions: the same fields and literal values, both ways", () => {
    expectTypeOf<Options>().toExtend<RuleOptions>();
    expectTypeOf<RuleOptions>().toExtend<Options>();
  });

  it('accepts every alternative reading and an empty object', () => {
    expect(problems({})).toEqual([]);
    expect(
      problems({
        probleemanalyseDeadline: 'six-weeks-after-d1',
        processDeadlines: 'calendar',
        leaveAndGaps: 'exclude-leave-days',
        wiaInformatiebrief: 'week-89',
        startSpoor2: 'one-year',
        vervroegdeIvaWindowStart: 'after-13-weeks',
        weekendDeadlines: 'roll-to-working-day',
        workingDays: { base: 'weekends-only', nonWorkingDays: ['2025-05-30'] },
        dueSoonDays: 0,
      }),
    ).toEqual([]);
  });

  it('rejects unknown values, impossible dates, negative or fractional days and unknown keys', () => {
    expect(problems({ startSpoor2: 'two-years' })).toEqual([['startSpoor2', 'invalid_value']]);
    expect(problems({ workingDays: { nonWorkingDays: ['2025-02-30'] } })).toEqual([
      ['workingDays.nonWorkingDays[0]', 'invalid_format'],
    ]);
    expect(problems({ dueSoonDays: -1 })).toEqual([['dueSoonDays', 'too_small']]);
    expect(problems({ dueSoonDays: 1.5 })).toEqual([['dueSoonDays', 'invalid_type']]);
    expect(problems({ workingDays: { calendar: 'nl' } })).toEqual([
      ['workingDays', 'unrecognized_keys'],
    ]);
  });
});
