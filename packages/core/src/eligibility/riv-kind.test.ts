import { describe, expect, it } from 'vitest';
import { createCaseContext } from '../case/case-context.js';
import { rivKind, rivKindOf } from './riv-kind.js';

describe('rivKind', () => {
  const end = (date: string) =>
    rivKind({
      sickPeriods: [{ start: '2025-01-06' }],
      events: [{ type: 'einde-dienstverband', date }],
    });
  it('depends on the sick days on the last day of employment', () => {
    expect(end('2025-02-15')).toEqual({
      kind: 'geen',
      lastDayOfEmployment: '2025-02-15',
      sickDays: 41,
    });
    expect(end('2025-02-16')?.kind).toBe('verkort'); // 42
    expect(end('2025-03-15')).toMatchObject({ kind: 'verkort', sickDays: 69 }); // 26 + 28 + 15
    expect(end('2025-03-16')).toMatchObject({ kind: 'volledig', sickDays: 70 });
    expect(rivKind({ sickPeriods: [{ start: '2025-01-06' }] })).toBeNull();
  });

  it('counts sick days of the chain only, leaving out the days of recovery', () => {
    // Sick 6–31 January (26 days), fit 1–9 February (9 days), sick again from 10 February:
    // on 27 February the chain counts 26 + 18 = 44 sick days, not the 53 calendar days.
    expect(
      rivKind({
        sickPeriods: [{ start: '2025-01-06', end: '2025-01-31' }, { start: '2025-02-10' }],
        events: [{ type: 'einde-dienstverband', date: '2025-02-27' }],
      }),
    ).toEqual({ kind: 'verkort', lastDayOfEmployment: '2025-02-27', sickDays: 44 });
  });

  it('takes the earliest end of employment of the current chain', () => {
    // An end in an earlier chain does not count; of two in the current chain the first does.
    expect(
      rivKind({
        sickPeriods: [{ start: '2024-01-08', end: '2024-02-01' }, { start: '2025-01-06' }],
        events: [
          { type: 'einde-dienstverband', date: '2024-01-31' },
          { type: 'einde-dienstverband', date: '2025-04-01' },
          { type: 'einde-dienstverband', date: '2025-01-20' }, // sick day 15
        ],
      }),
    ).toEqual({ kind: 'geen', lastDayOfEmployment: '2025-01-20', sickDays: 15 });
  });
});

describe('rivKindOf', () => {
  it('reads an already derived context, whatever its as-of date', () => {
    const ctx = createCaseContext(
      {
        sickPeriods: [{ start: '2025-01-06' }],
        events: [{ type: 'einde-dienstverband', date: '2025-03-16' }],
      },
      { asOf: '2025-01-10' },
    );
    // 6 Jan → 16 Mar: 26 + 28 + 16 = 70 sick days, counted even though asOf lies before it.
    expect(rivKindOf(ctx)).toEqual({
      kind: 'volledig',
      lastDayOfEmployment: '2025-03-16',
      sickDays: 70,
    });
  });
});
