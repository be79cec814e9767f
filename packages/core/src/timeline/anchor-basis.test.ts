import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../calendar/day-number.js';
import { createCaseContext } from '../case/case-context.js';
import { MILESTONE_RULES } from '../rules/milestone-rules.js';
import type { CaseEvent, ComputeOptions, SickPeriod } from '../types.js';
import { anchorBasis } from './anchor-basis.js';
import type { DateAnchor } from './evaluate-anchor.js';

const anchorOf = (id: string) => MILESTONE_RULES.find((r) => r.id === id)!.due as DateAnchor;
const OPEN: SickPeriod[] = [{ start: '2025-01-06' }]; // D1 Monday 6 January 2025
// Sick 6–31 January (26 sick days), fit 1–9 February (9 days), sick again from 10 February.
const GAP: SickPeriod[] = [{ start: '2025-01-06', end: '2025-01-31' }, { start: '2025-02-10' }];
const basis = (
  anchor: DateAnchor,
  sickPeriods: SickPeriod[],
  events: CaseEvent[] = [],
  options: ComputeOptions = {},
  verlenging = 0,
) =>
  anchorBasis(
    anchor,
    createCaseContext({ sickPeriods, events }, { asOf: '2025-01-06', ...options }),
    { verlenging },
  );

describe('anchorBasis', () => {
  it('sick-day: the sick day, its date and the days of recovery before it', () => {
    // sd(42) = 25 February: 51 days after 5 January, 42 sick, 9 of recovery.
    expect(basis({ type: 'sick-day', n: 42, counting: 'process' }, GAP)).toEqual({
      type: 'sick-day',
      sickDay: 42,
      counting: 'sick-days',
      date: '2025-02-25',
      gapDays: 9,
      leaveDays: 0,
      verlengingDays: 0,
    });
    // Counted in calendar days nothing is skipped: D1 + 41 = 16 February.
    expect(
      basis({ type: 'sick-day', n: 42, counting: 'process' }, GAP, [], {
        processDeadlines: 'calendar',
      }),
    ).toMatchObject({ counting: 'calendar-days', date: '2025-02-16', gapDays: 0 });
    // A date before the gap skipped nothing.
    expect(basis({ type: 'sick-day', n: 7, counting: 'sick-days' }, GAP)).toMatchObject({
      date: '2025-01-12',
      gapDays: 0,
    });
  });

  it('sick-day: includes the days of verlenging the row follows, and a null date when not reached', () => {
    expect(
      basis(
        { type: 'sick-day', n: 651, counting: 'sick-days', followsVerlenging: true },
        OPEN,
        [],
        {},
        91,
      ),
    ).toMatchObject({ sickDay: 742, date: '2027-01-17', verlengingDays: 91 });
    expect(
      basis({ type: 'sick-day', n: 42, counting: 'sick-days' }, [
        { start: '2025-01-06', end: '2025-01-31' },
      ]),
    ).toMatchObject({ sickDay: 42, date: null, gapDays: 0, leaveDays: 0 });
  });

  it('event-plus replace: the event and its days, or the other basis without it', () => {
    const pva = anchorOf('plan-van-aanpak');
    expect(basis(pva, OPEN, [{ type: 'probleemanalyse', date: '2025-02-10' }])).toEqual({
      type: 'event',
      event: 'probleemanalyse',
      eventDate: '2025-02-10',
      days: 14,
      date: '2025-02-24',
    });
    expect(basis(pva, OPEN)).toMatchObject({ type: 'sick-day', sickDay: 56, date: '2025-03-02' });
  });

  it('event-plus earlier: which of the two won, and the other', () => {
    const start = anchorOf('start-spoor-2');
    // EJE 1 December 2025 + 42 = 12 January 2026 wins over sd(406) = 15 February 2026.
    const early = basis(start, OPEN, [{ type: 'eerstejaarsevaluatie', date: '2025-12-01' }]);
    expect(early).toMatchObject({
      type: 'earlier-of',
      date: '2026-01-12',
      chosen: { type: 'event', date: '2026-01-12' },
      other: { type: 'sick-day', sickDay: 406, date: '2026-02-15' },
    });
    // EJE 10 January 2026 + 42 = 21 February: sd(406) wins.
    const late = basis(start, OPEN, [{ type: 'eerstejaarsevaluatie', date: '2026-01-10' }]);
    expect(late).toMatchObject({
      date: '2026-02-15',
      chosen: { type: 'sick-day', date: '2026-02-15' },
      other: { type: 'event', date: '2026-02-21' },
    });
    // An unreached sd(406) never wins.
    expect(
      basis(
        start,
        [{ start: '2025-01-06', end: '2026-01-31' }],
        [{ type: 'eerstejaarsevaluatie', date: '2026-01-10' }],
      ),
    ).toMatchObject({ date: '2026-02-21', chosen: { type: 'event' }, other: { date: null } });
  });

  it('first-working-day-after: the basis of the date it follows', () => {
    // sd(294) = 10 February + (294 − 27) = 10 February + 267 = Tuesday 4 November 2025 (9 days of
    // recovery before it); the day after is a working day.
    expect(basis(anchorOf('ziekmelding-uwv'), GAP)).toEqual({
      type: 'first-working-day-after',
      of: {
        type: 'sick-day',
        sickDay: 294,
        counting: 'sick-days',
        date: '2025-11-04',
        gapDays: 9,
        leaveDays: 0,
        verlengingDays: 0,
      },
      date: '2025-11-05',
    });
  });

  it('waiting-period-end: the waiting period with its extensions', () => {
    const ctx = createCaseContext({ sickPeriods: GAP }, { asOf: '2025-01-06' });
    // sd(728) = 10 February + (728 − 27) = 10 February 2025 + 701 days = 12 January 2027.
    const lastDay = toDayNumber('2027-01-12');
    expect(
      anchorBasis({ type: 'waiting-period-end' }, ctx, {
        verlenging: 0,
        waitingPeriod: { lastDay, sickDay: 728, extensions: [], aowWagePeriodWeeks: null },
      }),
    ).toEqual({
      type: 'waiting-period',
      sickDay: 728,
      date: '2027-01-12',
      gapDays: 9,
      leaveDays: 0,
      extensions: [],
      aowWagePeriodWeeks: null,
    });
  });
});
