import { describe, expect, it } from 'vitest';
import { toDayNumber, toIsoDate } from '../calendar/day-number.js';
import { createCaseContext } from '../case/case-context.js';
import { MILESTONE_RULES } from '../rules/milestone-rules.js';
import type { CaseEvent, ComputeOptions, SickPeriod } from '../types.js';
import { type DateAnchor, evaluateAnchor } from './evaluate-anchor.js';

const iso = (day: number | null) => (day === null ? null : toIsoDate(day));
const anchorOf = (id: string) => MILESTONE_RULES.find((r) => r.id === id)!.due as DateAnchor;
const OPEN: SickPeriod[] = [{ start: '2025-01-06' }]; // D1 Monday 6 January 2025: sd(n) = D1 + n − 1
// Sick 6–31 January (26 sick days), fit 1–9 February, sick again from 10 February.
const GAP: SickPeriod[] = [{ start: '2025-01-06', end: '2025-01-31' }, { start: '2025-02-10' }];
const at = (
  anchor: DateAnchor,
  sickPeriods: SickPeriod[],
  events: CaseEvent[] = [],
  options: ComputeOptions = {},
  verlenging = 0,
) =>
  iso(
    evaluateAnchor(
      anchor,
      createCaseContext({ sickPeriods, events }, { asOf: '2025-01-06', ...options }),
      { verlenging },
    ),
  );

describe('evaluateAnchor', () => {
  it('sick-day: process counting follows the processDeadlines option, sick-days counting never', () => {
    const process: DateAnchor = { type: 'sick-day', n: 42, counting: 'process' };
    const sick: DateAnchor = { type: 'sick-day', n: 42, counting: 'sick-days' };
    // sd(42) = 10 February + (42 − 26 − 1) = 25 February; calendar: D1 + 41 = 16 February.
    expect(at(process, GAP)).toBe('2025-02-25');
    expect(at(process, GAP, [], { processDeadlines: 'calendar' })).toBe('2025-02-16');
    expect(at(sick, GAP, [], { processDeadlines: 'calendar' })).toBe('2025-02-25');
  });

  it('sick-day: only an anchor that follows the verlenging moves by it', () => {
    const follows: DateAnchor = {
      type: 'sick-day',
      n: 651,
      counting: 'sick-days',
      followsVerlenging: true,
    };
    const stays: DateAnchor = { type: 'sick-day', n: 651, counting: 'sick-days' };
    // 13 weeks of verlenging: sd(651 + 91) = sd(742) = D1 + 741 = 17 January 2027.
    expect(at(follows, OPEN, [], {}, 91)).toBe('2027-01-17');
    expect(at(stays, OPEN, [], {}, 91)).toBe('2026-10-18'); // D1 + 650
  });

  it('event-plus replace: the event date plus its days, else the other anchor (plan van aanpak)', () => {
    const pva = anchorOf('plan-van-aanpak');
    expect(at(pva, OPEN, [{ type: 'probleemanalyse', date: '2025-02-10' }])).toBe('2025-02-24');
    expect(at(pva, OPEN)).toBe('2025-03-02'); // sd(56) = D1 + 55
  });

  it('event-plus earlier: the earlier of the event date plus its days and the other (start of spoor 2)', () => {
    const start = anchorOf('start-spoor-2');
    // EJE 1 December 2025 + 42 = 12 January 2026, before sd(406) = 15 February 2026.
    expect(at(start, OPEN, [{ type: 'eerstejaarsevaluatie', date: '2025-12-01' }])).toBe(
      '2026-01-12',
    );
    // EJE 10 January 2026 + 42 = 21 February 2026: sd(406) is earlier.
    expect(at(start, OPEN, [{ type: 'eerstejaarsevaluatie', date: '2026-01-10' }])).toBe(
      '2026-02-15',
    );
    expect(at(start, OPEN)).toBe('2026-02-15');
    // Recovered on 31 January 2026, before sd(406): the unreached date yields the event's.
    expect(
      at(
        start,
        [{ start: '2025-01-06', end: '2026-01-31' }],
        [{ type: 'eerstejaarsevaluatie', date: '2026-01-10' }],
      ),
    ).toBe('2026-02-21');
  });

  it('first-working-day-after: the first working day on or after the day after (the UWV report)', () => {
    const uwv = anchorOf('ziekmelding-uwv');
    // D1 Friday 6 March 2026: sd(294) = D1 + 293 = Thursday 24 December 2026. The day after is
    // eerste Kerstdag, then tweede Kerstdag and the weekend: Monday 28 December.
    expect(at(uwv, [{ start: '2026-03-06' }])).toBe('2026-12-28');
    // sd(294) = Sunday 26 October 2025: the day after is a working day.
    expect(at(uwv, OPEN)).toBe('2025-10-27');
    expect(at(uwv, [{ start: '2025-01-06', end: '2025-06-30' }])).toBeNull();
  });

  it('waiting-period-end: the last day of the waiting period it is given', () => {
    const ctx = createCaseContext({ sickPeriods: OPEN }, { asOf: '2025-01-06' });
    const waitingPeriod = {
      lastDay: toDayNumber('2027-01-03'),
      sickDay: 728,
      extensions: [],
      aowWagePeriodWeeks: null,
    };
    expect(
      iso(evaluateAnchor({ type: 'waiting-period-end' }, ctx, { verlenging: 0, waitingPeriod })),
    ).toBe('2027-01-03');
    expect(
      evaluateAnchor({ type: 'waiting-period-end' }, ctx, {
        verlenging: 0,
        waitingPeriod: { ...waitingPeriod, lastDay: null },
      }),
    ).toBeNull();
  });
});
