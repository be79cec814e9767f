import { describe, expect, it } from 'vitest';
import {
  isValidSpoor2Threshold,
  resolveSpoor2Options,
  validateSpoor2Options,
} from './resolve-spoor2-options.js';
import { SPOOR2_DEFAULT_OPTIONS } from './spoor2-default-options.js';

describe('resolveSpoor2Options', () => {
  it('takes the plan over the option over the default, for the values a plan agrees', () => {
    const plan = { date: '2025-04-01', applicationsPerWeek: 2, reportEveryWeeks: 4 };
    expect(resolveSpoor2Options(undefined, undefined)).toEqual(SPOOR2_DEFAULT_OPTIONS);
    expect(
      resolveSpoor2Options(
        { applicationsPerWeek: 3, reportEveryWeeks: 8, intakeWithinDays: 7 },
        plan,
      ),
    ).toEqual({
      ...SPOOR2_DEFAULT_OPTIONS,
      applicationsPerWeek: 2,
      reportEveryWeeks: 4,
      intakeWithinDays: 7,
    });
    expect(
      resolveSpoor2Options(
        { applicationsPerWeek: 3 },
        { date: '2025-04-01', applicationsPerWeek: null },
      ),
    ).toMatchObject({
      applicationsPerWeek: 3,
    });
  });
});

describe('validateSpoor2Options', () => {
  it('accepts nothing, and known options with allowed values', () => {
    expect(validateSpoor2Options(undefined)).toEqual([]);
    expect(
      validateSpoor2Options({
        applicationsPerWeek: 1.5,
        reportEveryWeeks: 4,
        minZoekprofielFunctions: 0,
      }),
    ).toEqual([]);
  });

  it('rejects unknown names, values below the minimum, fractions of days and non-numbers', () => {
    const issues = validateSpoor2Options({
      applicationsPerWeek: -0.5,
      reportEveryWeeks: 0,
      maxActivityGapDays: 27.5,
      intakeWithinDays: '14',
      applicationWindow: 28,
    });
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['option/invalid', 'options.spoor2.applicationsPerWeek'],
      ['option/invalid', 'options.spoor2.reportEveryWeeks'],
      ['option/invalid', 'options.spoor2.maxActivityGapDays'],
      ['option/invalid', 'options.spoor2.intakeWithinDays'],
      ['option/unknown', 'options.spoor2.applicationWindow'],
    ]);
    expect(validateSpoor2Options(3).map((i) => i.code)).toEqual(['option/invalid']);
    expect(isValidSpoor2Threshold('applicationWindowDays', Number.POSITIVE_INFINITY)).toBe(false);
  });
});
