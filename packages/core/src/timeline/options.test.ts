import { describe, expect, it } from 'vitest';
import type { CaseInput, ComputeOptions } from '../types.js';
import { computeTimeline } from './compute-timeline.js';
import { dues, milestone } from './test-helpers.js';

// D1 = Monday 6 January 2025: sd(n) = D1 + (n − 1) and every week ends on a Sunday.
const D1_CASE: CaseInput = { sickPeriods: [{ start: '2025-01-06' }] };
const run = (options: ComputeOptions, input: CaseInput = D1_CASE) =>
  computeTimeline(input, { asOf: '2025-01-06', ...options });

describe('the §6 options, each against its default', () => {
  it('probleemanalyseDeadline: week-6 sd(42) by default, six-weeks-after-d1 sd(43)', () => {
    expect(milestone(run({}), 'probleemanalyse').due).toBe('2025-02-16');
    expect(
      milestone(run({ probleemanalyseDeadline: 'six-weeks-after-d1' }), 'probleemanalyse').due,
    ).toBe('2025-02-17');
  });

  it('processDeadlines: calendar counts PA, PvA, EJE and start-spoor-2 from D1, never the UWV report or the 104 weeks', () => {
    // Sick 6 Jan – 9 Feb, 10 gap days (10–19 Feb), sick again from 20 Feb.
    const gap: CaseInput = {
      sickPeriods: [{ start: '2025-01-06', end: '2025-02-09' }, { start: '2025-02-20' }],
    };
    expect(dues(run({}, gap))).toMatchObject({
      probleemanalyse: '2025-02-26', // sd(42) = D1 + 41 + 10
      'plan-van-aanpak': '2025-03-12', // D1 + 55 + 10
      eerstejaarsevaluatie: '2026-01-14',
    });
    expect(dues(run({ processDeadlines: 'calendar' }, gap))).toMatchObject({
      probleemanalyse: '2025-02-16', // D1 + 41, a gap day
      'plan-van-aanpak': '2025-03-02', // D1 + 55
      'evaluatie-1': '2025-04-13', // PvA + 42 calendar days
      eerstejaarsevaluatie: '2026-01-04', // D1 + 363
      'start-spoor-2': '2026-02-15', // D1 + 405
      // sd(294) = D1 + 293 + 10 = Wed 5 Nov 2025; the day after is Thursday 6 November.
      'ziekmelding-uwv': '2025-11-06',
      'einde-wachttijd': '2027-01-13', // sd(728) = D1 + 727 + 10
    });
  });

  it('leaveAndGaps: the statute merges only across directly adjoining leave; exclude-leave-days leaves leave out of any gap', () => {
    // Sick to 31 Mar, 10 days fit (1–10 Apr), leave 11 Apr – 1 Aug, 5 days fit (2–6 Aug), sick from 7 Aug.
    const notAdjoining: CaseInput = {
      sickPeriods: [{ start: '2025-01-06', end: '2025-03-31' }, { start: '2025-08-07' }],
      leavePeriods: [
        { kind: 'zwangerschaps-en-bevallingsverlof', start: '2025-04-11', end: '2025-08-01' },
      ],
    };
    expect(run({}, notAdjoining).firstSickDay).toBe('2025-08-07'); // gap 10 + 113 + 5 = 128 days: restart
    const merged = run({ leaveAndGaps: 'exclude-leave-days' }, notAdjoining);
    expect(merged.firstSickDay).toBe('2025-01-06'); // gap without leave = 15 days: added together
    // 85 sick days before (6 Jan – 31 Mar); sd(728) = 7 Aug + (728 − 85 − 1) = 7 Aug 2025 + 642.
    expect(merged.waitingPeriod.lastDay).toBe('2027-05-11'); // 7 Aug 2026 + 277
  });

  it('leave directly between two sick periods bridges them unless sameCause is false', () => {
    const adjoining = (sameCause?: boolean): CaseInput => ({
      sickPeriods: [{ start: '2025-01-06', end: '2025-03-31' }, { start: '2025-07-22' }],
      leavePeriods: [
        {
          kind: 'zwangerschaps-en-bevallingsverlof',
          start: '2025-04-01',
          end: '2025-07-21',
          sameCause,
        },
      ],
    });
    const bridged = run({}, adjoining());
    expect(bridged.firstSickDay).toBe('2025-01-06');
    // 85 sick days before the leave; the 112 leave days are not sick days: sd(728) = 22 Jul 2025 + 642.
    expect(bridged.waitingPeriod.lastDay).toBe('2027-04-25'); // 22 Jul 2026 + 277
    expect(run({}, adjoining(false)).firstSickDay).toBe('2025-07-22');
  });

  it('wiaInformatiebrief: "na 89 weken" sd(624) by default, week-88 sd(617)', () => {
    // D1 = 6 Jan 2025: sd(624) = D1 + 623 = 21 Sep 2026; sd(617) = D1 + 616 = 14 Sep 2026.
    expect(milestone(run({}), 'wia-informatiebrief').due).toBe('2026-09-21');
    expect(milestone(run({ wiaInformatiebrief: 'week-88' }), 'wia-informatiebrief').due).toBe(
      '2026-09-14',
    );
  });

  it('startSpoor2: werkwijzer sd(406) by default, one-year sd(364)', () => {
    expect(milestone(run({}), 'start-spoor-2').due).toBe('2026-02-15');
    expect(milestone(run({ startSpoor2: 'one-year' }), 'start-spoor-2').due).toBe('2026-01-04');
  });

  it('vervroegdeIvaWindowStart: after-3-weeks sd(22) by default, after-13-weeks sd(92)', () => {
    expect(milestone(run({}), 'vervroegde-iva-aanvraag').windowStart).toBe('2025-01-27');
    expect(
      milestone(run({ vervroegdeIvaWindowStart: 'after-13-weeks' }), 'vervroegde-iva-aanvraag')
        .windowStart,
    ).toBe('2025-04-07');
  });

  it('weekendDeadlines: roll-to-working-day moves legal deadlines off Sundays and holidays only', () => {
    expect(dues(run({ weekendDeadlines: 'roll-to-working-day' }))).toMatchObject({
      probleemanalyse: '2025-02-17', // Sunday 16 Feb → Monday
      'plan-van-aanpak': '2025-03-03', // Sunday 2 Mar → Monday
      eerstejaarsevaluatie: '2026-01-05', // Sunday 4 Jan → Monday
      'wia-aanvraag': '2026-10-19', // Sunday 18 Oct → Monday
      'start-spoor-2': '2026-02-15', // kind uwv: unchanged
      'einde-wachttijd': '2027-01-03', // the end of a period, not a deadline: unchanged
    });
  });

  it('dueSoonDays sets the due-soon horizon; options in the case file apply and the call overrides them', () => {
    // PA due 16 Feb 2025; on 1 Feb it is 15 days away.
    expect(
      milestone(computeTimeline(D1_CASE, { asOf: '2025-02-01' }), 'probleemanalyse').status,
    ).toBe('upcoming');
    expect(
      milestone(
        computeTimeline(D1_CASE, { asOf: '2025-02-01', dueSoonDays: 15 }),
        'probleemanalyse',
      ).status,
    ).toBe('due-soon');
    const withCaseOptions: CaseInput = { ...D1_CASE, options: { startSpoor2: 'one-year' } };
    expect(
      milestone(computeTimeline(withCaseOptions, { asOf: '2025-01-06' }), 'start-spoor-2').due,
    ).toBe('2026-01-04');
    expect(
      milestone(
        computeTimeline(withCaseOptions, { asOf: '2025-01-06', startSpoor2: 'werkwijzer' }),
        'start-spoor-2',
      ).due,
    ).toBe('2026-02-15');
  });
});
