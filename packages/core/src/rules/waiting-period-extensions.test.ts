import { describe, expect, it } from 'vitest';
import type { PoortwachterInputError } from '../input/poortwachter-input-error.js';
import { computeTimeline } from '../timeline/compute-timeline.js';
import type { CaseEvent } from '../types.js';
import { WAITING_PERIOD_EXTENSIONS } from './waiting-period-extensions.js';

// D1 = Monday 6 January 2025; without extensions lastDay = sd(728) = D1 + 727 = 3 January 2027.
const timeline = (events: CaseEvent[]) =>
  computeTimeline({ sickPeriods: [{ start: '2025-01-06' }], events }, { asOf: '2026-06-01' });

describe('WAITING_PERIOD_EXTENSIONS', () => {
  it('drives the verlenging warning: below minWeeks warns, at minWeeks does not', () => {
    const min = WAITING_PERIOD_EXTENSIONS['vrijwillige-verlenging'].minWeeks;
    const warns = (weeks: number) =>
      timeline([{ type: 'vrijwillige-verlenging', date: '2026-06-01', weeks }]).warnings.map(
        (w) => w.code,
      );
    expect(min).toBe(13);
    expect(warns(min - 1)).toEqual(['vrijwillige-verlenging/short']);
    expect(warns(min)).toEqual([]);
  });

  it('a verlenging has no maximum: 104 weeks add 728 sick days', () => {
    expect(WAITING_PERIOD_EXTENSIONS['vrijwillige-verlenging'].maxWeeks).toBeNull();
    // sd(728 + 728) = D1 + 1455 = 31 December 2028 (D1 + 1461 would be 6 January 2029).
    const t = timeline([{ type: 'vrijwillige-verlenging', date: '2026-06-01', weeks: 104 }]);
    expect(t.waitingPeriod.lastDay).toBe('2028-12-31');
  });

  it('caps loonsancties together at maxWeeks, and input above it is refused', () => {
    const max = WAITING_PERIOD_EXTENSIONS.loonsanctie.maxWeeks;
    expect(max).toBe(52);
    // Two sanctions of 40 weeks count as 52: sd(728 + 364) = D1 + 1091 = 2 January 2028.
    const t = timeline([
      { type: 'loonsanctie', date: '2026-11-15', weeks: 40 },
      { type: 'loonsanctie', date: '2027-06-01', weeks: 40 },
    ]);
    expect(t.waitingPeriod.lastDay).toBe('2028-01-02');
    try {
      timeline([{ type: 'loonsanctie', date: '2026-11-15', weeks: max + 1 }]);
      expect.unreachable();
    } catch (e) {
      expect((e as PoortwachterInputError).issues[0]).toMatchObject({
        code: 'field/too-big',
        path: ['events', 0, 'weeks'],
      });
    }
  });

  it('a bekortingsbesluit ends the sanction endsAfterDays after its date', () => {
    const days = WAITING_PERIOD_EXTENSIONS.bekortingsbesluit.endsAfterDays;
    expect(days).toBe(42);
    const t = timeline([
      { type: 'loonsanctie', date: '2026-12-01', weeks: 52 },
      { type: 'bekortingsbesluit', date: '2027-03-01' },
    ]);
    expect(t.waitingPeriod.lastDay).toBe('2027-04-12'); // 1 March 2027 + 42
  });

  it('names the event of each extension and a source', () => {
    for (const row of Object.values(WAITING_PERIOD_EXTENSIONS)) {
      expect(row.source).not.toBe('');
      expect(row.effect.nl).not.toBe('');
      expect(row.effect.en).not.toBe('');
    }
    expect(WAITING_PERIOD_EXTENSIONS['late-wia-aanvraag'].event).toBe('wia-aanvraag');
  });
});
