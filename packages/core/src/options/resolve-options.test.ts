import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, resolveOptions } from './resolve-options.js';

describe('DEFAULT_OPTIONS', () => {
  it('takes the first value of every choice and the default of every number', () => {
    expect(DEFAULT_OPTIONS).toEqual({
      probleemanalyseDeadline: 'week-6',
      processDeadlines: 'sick-days',
      leaveAndGaps: 'statute',
      wiaInformatiebrief: 'week-89',
      startSpoor2: 'werkwijzer',
      vervroegdeIvaWindowStart: 'after-3-weeks',
      weekendDeadlines: 'unchanged',
      workingDays: undefined,
      dueSoonDays: 14,
    });
    expect(Object.isFrozen(DEFAULT_OPTIONS)).toBe(true);
  });
});

describe('resolveOptions', () => {
  it('shares the defaults when no rule option is set (asOf and spoor2 do not count)', () => {
    expect(resolveOptions()).toBe(DEFAULT_OPTIONS);
    expect(resolveOptions({}, { asOf: '2025-01-06' })).toBe(DEFAULT_OPTIONS);
    expect(resolveOptions({ spoor2: { intakeWithinDays: 10 } }, { startSpoor2: undefined })).toBe(
      DEFAULT_OPTIONS,
    );
  });

  it('lets the case file override the defaults and the call override the case file', () => {
    const o = resolveOptions(
      { startSpoor2: 'one-year', dueSoonDays: 7, weekendDeadlines: 'roll-to-working-day' },
      { dueSoonDays: 3, asOf: '2025-01-06' },
    );
    expect(o).toMatchObject({
      startSpoor2: 'one-year',
      dueSoonDays: 3,
      weekendDeadlines: 'roll-to-working-day',
      probleemanalyseDeadline: 'week-6',
    });
    // Only the rule options are copied: not asOf, not the spoor-2 thresholds.
    expect(o).not.toHaveProperty('asOf');
    expect(o).not.toHaveProperty('spoor2');
    // A value of undefined in the call leaves the case file's value.
    expect(
      resolveOptions({ startSpoor2: 'one-year' }, { startSpoor2: undefined }).startSpoor2,
    ).toBe('one-year');
  });

  it('keeps the working-day calendar given and never changes the defaults', () => {
    const workingDays = { nonWorkingDays: ['2025-05-30'] };
    expect(resolveOptions(undefined, { workingDays }).workingDays).toBe(workingDays);
    expect(DEFAULT_OPTIONS.workingDays).toBeUndefined();
  });
});
