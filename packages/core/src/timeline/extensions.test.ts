import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../types.js';
import { computeTimeline } from './compute-timeline.js';
import { dues, milestone } from './test-helpers.js';

// D1 = Monday 6 January 2025; without extensions lastDay = sd(728) = 3 January 2027.
const withEvents = (events: CaseEvent[], asOf = '2026-06-01') =>
  computeTimeline({ sickPeriods: [{ start: '2025-01-06' }], events }, { asOf });

describe('extensions of the waiting period', () => {
  it('vrijwillige verlenging moves the end and keeps the WIA application 11 weeks before it', () => {
    const t = withEvents([{ type: 'vrijwillige-verlenging', date: '2026-06-01', weeks: 13 }]);
    // e = 13 · 7 = 91 days.
    expect(t.waitingPeriod).toEqual({ lastDay: '2027-04-04', firstDayAfter: '2027-04-05' }); // 3 Jan 2027 + 91
    expect(dues(t)).toMatchObject({
      'wia-aanvraag': '2027-01-17', // 18 Oct 2026 + 91: still sd(lastDay) − 77
      'wia-informatiebrief': '2026-12-21', // sd(624 + 91): 21 Sep 2026 + 91
      'actueel-oordeel': '2026-12-27', // 27 Sep 2026 + 91
      eindevaluatie: '2027-01-03', // 4 Oct 2026 + 91
      'einde-wachttijd': '2027-04-04',
      'start-spoor-2': '2026-02-15', // not moved
    });
    expect(t.warnings).toEqual([]);
  });

  it('warns about a verlenging shorter than 13 weeks', () => {
    const t = withEvents([{ type: 'vrijwillige-verlenging', date: '2026-06-01', weeks: 8 }]);
    expect(t.waitingPeriod.lastDay).toBe('2027-02-28'); // 3 Jan 2027 + 56
    expect(t.warnings.map((w) => w.code)).toEqual(['vrijwillige-verlenging/short']);
  });

  it('a late WIA application extends by the days it is late', () => {
    // Due 18 Oct 2026; filed 28 Oct: 10 days late.
    const t = withEvents([{ type: 'wia-aanvraag', date: '2026-10-28' }], '2026-11-01');
    expect(milestone(t, 'wia-aanvraag')).toMatchObject({ due: '2026-10-18', status: 'done-late' });
    expect(t.waitingPeriod.lastDay).toBe('2027-01-13');
  });

  it('a loonsanctie adds at most 52 weeks to the end it extends, with no cap at sd(1092)', () => {
    const sanction = (weeks: number, extra: CaseEvent[] = []) =>
      withEvents([{ type: 'loonsanctie', date: '2026-11-15', weeks }, ...extra]).waitingPeriod
        .lastDay;
    expect(sanction(26)).toBe('2027-07-04'); // 3 Jan 2027 + 182
    expect(sanction(52)).toBe('2028-01-02'); // sd(728 + 364) = sd(1092) = D1 + 1091
    // Two sanctions of 30 weeks: 60 weeks, at most 52 count: still sd(1092).
    expect(sanction(30, [{ type: 'loonsanctie', date: '2027-06-01', weeks: 30 }])).toBe(
      '2028-01-02',
    );
    // With 13 weeks of verlenging: 728 + 91 + 364 = 1183 sick days = D1 + 1182 = 2 Apr 2028.
    expect(sanction(52, [{ type: 'vrijwillige-verlenging', date: '2026-06-01', weeks: 13 }])).toBe(
      '2028-04-02',
    );
  });

  it('a bekortingsbesluit ends the sanction 42 days after its date', () => {
    const t = withEvents([
      { type: 'loonsanctie', date: '2026-12-01', weeks: 52 },
      { type: 'bekortingsbesluit', date: '2027-03-01' },
    ]);
    expect(t.waitingPeriod.lastDay).toBe('2027-04-12'); // 1 Mar 2027 + 42
    expect(milestone(t, 'einde-wachttijd').due).toBe('2027-04-12');
  });

  it('a late UWV report never moves the waiting period', () => {
    const t = withEvents([{ type: 'ziekmelding-uwv', date: '2025-12-15' }]);
    expect(milestone(t, 'ziekmelding-uwv').status).toBe('done-late');
    expect(t.waitingPeriod.lastDay).toBe('2027-01-03');
  });
});

describe('AOW age', () => {
  it('at the first sick day: 6 weeks of wage payment, later milestones not applicable', () => {
    // Born 1 June 1957: AOW age in 2024 is 67 → AOW date 1 June 2024, before D1.
    const t = computeTimeline(
      { sickPeriods: [{ start: '2025-01-06' }], employee: { dateOfBirth: '1957-06-01' } },
      { asOf: '2025-01-10' },
    );
    expect(t.waitingPeriod.lastDay).toBe('2025-02-16'); // sd(42)
    const applicable = t.milestones.filter((m) => m.status !== 'not-applicable').map((m) => m.id);
    expect(applicable).toEqual(['ziekmelding-bedrijfsarts', 'probleemanalyse', 'einde-wachttijd']);
    expect(milestone(t, 'einde-wachttijd').due).toBe('2025-02-16');
    expect(t.warnings.map((w) => w.code)).toEqual(['aow/at-start']);
  });

  it('at the first sick day before 1 July 2023: 13 weeks of wage payment', () => {
    const t = computeTimeline(
      { sickPeriods: [{ start: '2023-01-09' }], employee: { aowDate: '2020-01-01' } },
      { asOf: '2023-01-10' },
    );
    expect(t.waitingPeriod.lastDay).toBe('2023-04-09'); // sd(91) = 9 Jan 2023 + 90
  });

  it('during the case: milestones after the AOW date do not apply, with a warning', () => {
    // Born 15 March 1959: AOW age 67 in 2026 → 15 March 2026.
    const t = computeTimeline(
      { sickPeriods: [{ start: '2025-01-06' }], employee: { dateOfBirth: '1959-03-15' } },
      { asOf: '2025-06-01' },
    );
    expect(milestone(t, 'start-spoor-2').status).not.toBe('not-applicable'); // due 15 Feb 2026
    expect(milestone(t, 'vervroegde-iva-aanvraag').status).toBe('not-applicable'); // due 26 Apr 2026
    expect(milestone(t, 'wia-aanvraag').status).toBe('not-applicable');
    expect(milestone(t, 'einde-wachttijd')).toMatchObject({
      status: 'not-applicable',
      due: '2027-01-03',
    });
    expect(t.warnings.map((w) => w.code)).toEqual(['aow/during-case']);
    expect(t.warnings[0]!.message.nl).toContain('15 maart 2026');
  });

  it('asks for the AOW date beyond the published table only when it could matter', () => {
    const warnings = (dateOfBirth: string, start: string) =>
      computeTimeline(
        { sickPeriods: [{ start }], employee: { dateOfBirth } },
        { asOf: start },
      ).warnings.map((w) => w.code);
    // Born 1965: 67y3m at the earliest → April 2032 (beyond the table, which ends at 2031),
    // within D1 2030 + the longest case plus a year.
    expect(warnings('1965-01-01', '2030-06-01')).toEqual(['aow/unknown']);
    // Born 1990: no AOW before 2057, long after this case.
    expect(warnings('1990-01-01', '2025-01-06')).toEqual([]);
  });
});
