import { afterEach, describe, expect, it, vi } from 'vitest';
import { toDayNumber, toIsoDate } from '../calendar/day-number.js';
import { DEFAULT_OPTIONS } from '../options/resolve-options.js';
import { createCaseContext, firstEvent } from './case-context.js';

const d = toDayNumber;
const codesOf = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    const issues = (e as { issues?: { code: string; path?: unknown[] }[] }).issues;
    if (issues) return issues.map((i) => [i.code, i.path]);
    throw e;
  }
  return 'no error';
};

describe('createCaseContext', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps the latest chain and only the events dated in it, sorted by date per type', () => {
    // 31 Jan 2024 → 6 Jan 2025: a new chain from 6 January 2025.
    const ctx = createCaseContext(
      {
        sickPeriods: [{ start: '2025-01-06' }, { start: '2024-01-08', end: '2024-01-31' }],
        events: [
          { type: 'evaluatie', date: '2025-06-01' },
          { type: 'probleemanalyse', date: '2024-01-20' }, // earlier chain: dropped
          { type: 'evaluatie', date: '2025-04-01' },
          { type: 'probleemanalyse', date: '2025-02-10' },
        ],
      },
      { asOf: '2025-07-01' },
    );
    expect(toIsoDate(ctx.chain.firstSickDay)).toBe('2025-01-06');
    expect(ctx.chain.lastSickDay).toBeNull();
    expect(ctx.events.get('evaluatie')?.map((e) => e.event.date)).toEqual([
      '2025-04-01',
      '2025-06-01',
    ]);
    expect(ctx.events.get('probleemanalyse')?.map((e) => e.day)).toEqual([d('2025-02-10')]);
    expect(firstEvent(ctx, 'evaluatie')?.day).toBe(d('2025-04-01'));
    expect(firstEvent(ctx, 'eindevaluatie')).toBeUndefined();
    expect(ctx.asOf).toBe(d('2025-07-01'));
  });

  it('counts the intake of a trajectory (else its referral) as the start of spoor 2, unless one is recorded', () => {
    const sick = [{ start: '2025-01-06' }];
    const withIntake = createCaseContext(
      { sickPeriods: sick, spoor2: { referral: '2025-10-01', intake: '2025-10-08' } },
      { asOf: '2025-11-01' },
    );
    expect(withIntake.events.get('start-spoor-2')).toEqual([
      {
        day: d('2025-10-08'),
        event: { type: 'start-spoor-2', date: '2025-10-08' },
        from: 'spoor2.intake',
      },
    ]);
    const referralOnly = createCaseContext(
      { sickPeriods: sick, spoor2: { referral: '2025-10-01' } },
      { asOf: '2025-11-01' },
    );
    expect(firstEvent(referralOnly, 'start-spoor-2')).toMatchObject({
      day: d('2025-10-01'),
      from: 'spoor2.referral',
    });
    const recorded = createCaseContext(
      {
        sickPeriods: sick,
        events: [{ type: 'start-spoor-2', date: '2025-09-15' }],
        spoor2: { referral: '2025-10-01' },
      },
      { asOf: '2025-11-01' },
    );
    expect(recorded.events.get('start-spoor-2')).toEqual([
      { day: d('2025-09-15'), event: { type: 'start-spoor-2', date: '2025-09-15' } },
    ]);
    // A trajectory that started before the latest chain does not start spoor 2 in it.
    const older = createCaseContext(
      { sickPeriods: sick, spoor2: { referral: '2024-10-01' } },
      { asOf: '2025-11-01' },
    );
    expect(older.events.has('start-spoor-2')).toBe(false);
  });

  it('takes the AOW date given, else derives it from the date of birth', () => {
    const sick = [{ start: '2025-01-06' }];
    const given = createCaseContext(
      { sickPeriods: sick, employee: { dateOfBirth: '1958-03-15', aowDate: '2025-04-01' } },
      { asOf: '2025-02-01' },
    );
    expect(given.aowDate).toBe(d('2025-04-01'));
    // Born 15 March 1958: 67 years in 2025, so 15 March 2025.
    const derived = createCaseContext(
      { sickPeriods: sick, employee: { dateOfBirth: '1958-03-15' } },
      { asOf: '2025-02-01' },
    );
    expect(derived.aowDate).toBe(d('2025-03-15'));
    expect(derived.aowUnknown).toBe(false);
    const none = createCaseContext({ sickPeriods: sick }, { asOf: '2025-02-01' });
    expect([none.aowDate, none.aowUnknown]).toEqual([null, false]);
  });

  it('asks for the AOW date beyond the table only when it could fall within the case plus a year', () => {
    // Born 1 January 1975: at least 67 years and 3 months (the table's last age), so not before
    // 1 April 2042. The latest end of a case plus a year is D1 + 1091 + 365 = D1 + 1456 days:
    // D1 = 6 April 2038 reaches 1 April 2042 exactly, D1 = 5 April 2038 one day short.
    const unknown = (d1: string) =>
      createCaseContext(
        { sickPeriods: [{ start: d1 }], employee: { dateOfBirth: '1975-01-01' } },
        { asOf: d1 },
      );
    expect([unknown('2038-04-06').aowDate, unknown('2038-04-06').aowUnknown]).toEqual([null, true]);
    expect(unknown('2038-04-05').aowUnknown).toBe(false);
  });

  it('resolves the options (the call over the case file) and builds their calendar', () => {
    const ctx = createCaseContext(
      {
        sickPeriods: [{ start: '2025-01-06' }],
        options: {
          startSpoor2: 'one-year',
          dueSoonDays: 7,
          workingDays: { nonWorkingDays: ['2025-05-30'] },
        },
      },
      { asOf: '2025-02-01', dueSoonDays: 3 },
    );
    expect(ctx.options).toMatchObject({ startSpoor2: 'one-year', dueSoonDays: 3 });
    expect(ctx.calendar.isWorkingDay(d('2025-05-30'))).toBe(false);
    expect(ctx.calendar.isWorkingDay(d('2025-06-02'))).toBe(true);
    expect(
      createCaseContext({ sickPeriods: [{ start: '2025-01-06' }] }, { asOf: '2025-02-01' }).options,
    ).toBe(DEFAULT_OPTIONS);
  });

  it('sorts the leave periods by start', () => {
    const leave = (start: string, end: string) => ({
      kind: 'zwangerschaps-en-bevallingsverlof' as const,
      start,
      end,
    });
    const ctx = createCaseContext(
      {
        sickPeriods: [{ start: '2025-01-06', end: '2025-01-31' }, { start: '2026-01-05' }],
        leavePeriods: [leave('2025-09-01', '2025-12-20'), leave('2025-02-01', '2025-05-31')],
      },
      { asOf: '2026-02-01' },
    );
    expect(ctx.leave.map((l) => toIsoDate(l.start))).toEqual(['2025-02-01', '2025-09-01']);
  });

  it('takes today in Amsterdam as the default as-of date', () => {
    // 23:30 UTC on 31 December 2025 is 1 January 2026 in Amsterdam.
    vi.useFakeTimers({ now: new Date('2025-12-31T23:30:00Z') });
    expect(createCaseContext({ sickPeriods: [{ start: '2025-01-06' }] }).asOf).toBe(
      d('2026-01-01'),
    );
  });

  it('throws every problem of the case and of the call at once, with paths', () => {
    expect(
      codesOf(() =>
        createCaseContext({ sickPeriods: [{ start: '2025-02-30' }] }, {
          asOf: '2025-13-01',
          weekendDeadlines: 'roll' as never,
          colour: 'red',
        } as never),
      ),
    ).toEqual([
      ['date/invalid', ['sickPeriods', 0, 'start']],
      ['option/invalid', ['weekendDeadlines']],
      ['option/unknown', ['colour']],
      ['date/invalid', ['asOf']],
    ]);
  });
});
