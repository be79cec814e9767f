import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../types.js';
import { computeTimeline } from './compute-timeline.js';
import { milestone } from './test-helpers.js';

// D1 Monday 6 January 2025, still sick: sd(n) = D1 + n − 1.
const withEvents = (events: CaseEvent[]) =>
  computeTimeline({ sickPeriods: [{ start: '2025-01-06' }], events }, { asOf: '2025-01-06' });

describe('extensions combined', () => {
  it('a late WIA application plus a 52-week loonsanctie', () => {
    // wia-aanvraag due sd(651) = 18 Oct 2026; applied 7 Nov 2026: 20 days late.
    // End: sd(728 + 20 + 364) = sd(1112) = D1 + 1111 = 22 January 2028.
    const t = withEvents([
      { type: 'wia-aanvraag', date: '2026-11-07' },
      { type: 'loonsanctie', date: '2027-01-10', weeks: 52 },
    ]);
    expect(milestone(t, 'wia-aanvraag').status).toBe('done-late');
    expect(t.waitingPeriod.lastDay).toBe('2028-01-22');
    expect(milestone(t, 'einde-wachttijd').derivation.due).toMatchObject({
      type: 'waiting-period',
      sickDay: 1112,
      extensions: [
        { type: 'late-wia-aanvraag', due: '2026-10-18', eventDate: '2026-11-07', days: 20 },
        { type: 'loonsanctie', weeks: 52, days: 364 },
      ],
    });
  });

  it('a 52-week vrijwillige verlenging plus a 52-week loonsanctie ends at sick day 1456', () => {
    // 728 + 364 + 364 = 1456: D1 + 1455 = 31 December 2028 (2028 is a leap year). The sanction
    // is not swallowed by the verlenging.
    const t = withEvents([
      { type: 'vrijwillige-verlenging', date: '2026-09-01', weeks: 52 },
      { type: 'loonsanctie', date: '2027-10-01', weeks: 52 },
    ]);
    expect(t.waitingPeriod.lastDay).toBe('2028-12-31');
    expect(milestone(t, 'einde-wachttijd').derivation.due).toMatchObject({ sickDay: 1456 });
    expect(t.warnings).toEqual([]);
  });

  it('a bekortingsbesluit ends the sanction 42 days after its date, never before the unsanctioned end', () => {
    // Sanction 52 weeks from 3 Jan 2027 (end sd(1092) = 2 Jan 2028); decision 1 Mar 2027 → 12 Apr 2027.
    const t = withEvents([
      { type: 'loonsanctie', date: '2027-01-10', weeks: 52 },
      { type: 'bekortingsbesluit', date: '2027-03-01' },
    ]);
    expect(t.waitingPeriod.lastDay).toBe('2027-04-12');
    // A decision before the unsanctioned end: the end stays sd(728) = 3 Jan 2027.
    const early = withEvents([
      { type: 'loonsanctie', date: '2026-10-01', weeks: 26 },
      { type: 'bekortingsbesluit', date: '2026-10-20' },
    ]);
    expect(early.waitingPeriod.lastDay).toBe('2027-01-03');
  });
});
