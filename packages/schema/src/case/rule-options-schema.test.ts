import type { RuleOptions } from '@poortwachter/core';
import { INPUT_ISSUE_MESSAGES, OPTION_RULES, type OptionRule, pathText } from '@poortwachter/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { parseWith } from '../messages/parse-with.js';
import { parseCase } from './parse-case.js';
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
    // Parsed on their own, the options are not under `options`: zod's codes map to field codes.
    expect(problems({ startSpoor2: 'two-years' })).toEqual([['startSpoor2', 'field/choice']]);
    expect(problems({ workingDays: { nonWorkingDays: ['2025-02-30'] } })).toEqual([
      ['workingDays.nonWorkingDays[0]', 'date/invalid'],
    ]);
    expect(problems({ dueSoonDays: -1 })).toEqual([['dueSoonDays', 'field/too-small']]);
    expect(problems({ dueSoonDays: 1.5 })).toEqual([['dueSoonDays', 'field/integer']]);
    expect(problems({ workingDays: { calendar: 'nl' } })).toEqual([
      ['workingDays.calendar', 'field/unknown'],
    ]);
  });

  it('gives option codes, with the choices, for the options of a case file', () => {
    /** The values of a choice option in core's option table, as the message lists them. */
    const choices = (name: string) => {
      const row: OptionRule | undefined = OPTION_RULES.find((r) => r.name === name);
      return row?.kind === 'choice' ? row.values.map((v) => v.value).join(', ') : '';
    };
    const issues = (options: unknown) => {
      const result = parseCase({ sickPeriods: [{ start: '2025-01-06' }], options });
      return result.success ? [] : result.issues.map((i) => [i.code, i.path, i.message]);
    };
    expect(issues({ startSpoor2: 'two-years', dueSoonDays: 1.5, wiaInformatiebrief: 7 })).toEqual([
      [
        'option/invalid',
        ['options', 'wiaInformatiebrief'],
        {
          nl: `${INPUT_ISSUE_MESSAGES['option/invalid'].nl} Kies één van: ${choices('wiaInformatiebrief')}.`,
          en: `${INPUT_ISSUE_MESSAGES['option/invalid'].en} Choose one of: ${choices('wiaInformatiebrief')}.`,
        },
      ],
      [
        'option/invalid',
        ['options', 'startSpoor2'],
        {
          nl: `${INPUT_ISSUE_MESSAGES['option/invalid'].nl} Kies één van: ${choices('startSpoor2')}.`,
          en: `${INPUT_ISSUE_MESSAGES['option/invalid'].en} Choose one of: ${choices('startSpoor2')}.`,
        },
      ],
      ['option/invalid', ['options', 'dueSoonDays'], INPUT_ISSUE_MESSAGES['option/invalid']],
    ]);
    expect(issues({ workingDays: { calendar: 'nl' }, dueSoonday: 3 })).toEqual([
      [
        'option/unknown',
        ['options', 'workingDays', 'calendar'],
        INPUT_ISSUE_MESSAGES['option/unknown'],
      ],
      ['option/unknown', ['options', 'dueSoonday'], INPUT_ISSUE_MESSAGES['option/unknown']],
    ]);
  });
});
