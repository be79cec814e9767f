import { describe, expect, it } from 'vitest';
import { validateOptions } from './validate-options.js';

const problems = (options: unknown, path: (string | number)[] = ['options'], extra?: string[]) =>
  validateOptions(options, path, extra).map((i) => [i.code, i.path]);

describe('validateOptions', () => {
  it('accepts undefined, an empty object and every valid reading', () => {
    expect(problems(undefined)).toEqual([]);
    expect(problems({})).toEqual([]);
    expect(
      problems({
        probleemanalyseDeadline: 'six-weeks-after-d1',
        processDeadlines: 'calendar',
        weekendDeadlines: 'roll-to-working-day',
        dueSoonDays: 0,
        workingDays: { base: 'weekends-only', nonWorkingDays: ['2025-05-30'] },
        spoor2: { intakeWithinDays: 10 },
        startSpoor2: undefined,
      }),
    ).toEqual([]);
  });

  it('refuses a value outside the readings with option/invalid, naming the choices', () => {
    const [issue] = validateOptions({ weekendDeadlines: 'roll' }, ['options']);
    expect(issue).toEqual({
      code: 'option/invalid',
      path: ['options', 'weekendDeadlines'],
      message: {
        nl: 'Deze optie heeft een ongeldige waarde. Kies één van: unchanged, roll-to-working-day.',
        en: 'This option has an invalid value. Choose one of: unchanged, roll-to-working-day.',
      },
    });
  });

  it('wants a whole number of at least the minimum for dueSoonDays', () => {
    for (const bad of [-1, 1.5, '14', Number.NaN, null])
      expect(problems({ dueSoonDays: bad })).toEqual([
        ['option/invalid', ['options', 'dueSoonDays']],
      ]);
  });

  it('checks the working-day calendar field by field', () => {
    expect(problems({ workingDays: 'atw' })).toEqual([
      ['option/invalid', ['options', 'workingDays']],
    ]);
    expect(
      problems({
        workingDays: {
          base: 'holidays',
          nonWorkingDays: ['2025-05-30', '2025-02-30', '2025-05-30T00:00'],
          extra: true,
        },
      }),
    ).toEqual([
      ['option/invalid', ['options', 'workingDays', 'base']],
      ['date/invalid', ['options', 'workingDays', 'nonWorkingDays', 1]],
      ['date/has-time', ['options', 'workingDays', 'nonWorkingDays', 2]],
      ['field/unknown', ['options', 'workingDays', 'extra']],
    ]);
    expect(problems({ workingDays: { nonWorkingDays: '2025-05-30' } })).toEqual([
      ['field/type', ['options', 'workingDays', 'nonWorkingDays']],
    ]);
  });

  it('refuses unknown options unless the caller names them, and passes spoor2 to its own table', () => {
    expect(problems({ asOf: '2025-01-06', colour: 'red' }, [], ['asOf'])).toEqual([
      ['option/unknown', ['colour']],
    ]);
    expect(problems({ asOf: '2025-01-06' })).toEqual([['option/unknown', ['options', 'asOf']]]);
    expect(problems({ spoor2: { intakeWithinDays: -1 } })).toEqual([
      ['option/invalid', ['options', 'spoor2', 'intakeWithinDays']],
    ]);
  });

  it('wants an object', () => {
    for (const bad of [null, 'week-6', ['week-6'], 3])
      expect(problems(bad, ['options'])).toEqual([['field/type', ['options']]]);
  });

  it('does not read inherited keys', () => {
    const options = Object.create({ colour: 'red' }) as Record<string, unknown>;
    expect(problems(options)).toEqual([]);
  });
});
