import { describe, expect, it } from 'vitest';
import { checkCase } from '../findings/check-case.js';
import { computeTimeline } from './compute-timeline.js';
import { milestone } from './test-helpers.js';

// C7: once the latest period is closed before a milestone's due date, whatever its anchor, the
// milestone is not-reached and gives no finding.
describe('no duty after full recovery', () => {
  it('a recorded probleemanalyse followed by recovery before the plan van aanpak date', () => {
    // D1 6 Jan 2025; PA recorded 3 Feb; the PvA is due 3 Feb + 14 = 17 Feb; recovered on 10 Feb.
    const input = {
      sickPeriods: [{ start: '2025-01-06', end: '2025-02-10' }],
      events: [
        { type: 'ziekmelding-bedrijfsarts' as const, date: '2025-01-07' },
        { type: 'probleemanalyse' as const, date: '2025-02-03' },
      ],
    };
    const t = computeTimeline(input, { asOf: '2025-03-03' });
    expect(milestone(t, 'plan-van-aanpak')).toMatchObject({
      due: '2025-02-17',
      status: 'not-reached',
    });
    expect(milestone(t, 'plan-van-aanpak').derivation.recoveredAfter).toBe('2025-02-10');
    // Three weeks after the return to work there is nothing to do.
    expect(checkCase(input, { asOf: '2025-03-03' })).toEqual([]);
  });

  it('a recorded eerstejaarsevaluatie followed by recovery before the start-spoor-2 date', () => {
    // EJE recorded 20 Dec 2025: start-spoor-2 due the earlier of 20 Dec + 42 = 31 Jan 2026 and
    // sd(406) = 15 Feb 2026 → 31 Jan 2026. Recovered on 10 January 2026.
    const input = {
      sickPeriods: [{ start: '2025-01-06', end: '2026-01-10' }],
      events: [{ type: 'eerstejaarsevaluatie' as const, date: '2025-12-20' }],
    };
    const t = computeTimeline(input, { asOf: '2026-01-25' });
    expect(milestone(t, 'start-spoor-2')).toMatchObject({
      due: '2026-01-31',
      status: 'not-reached',
    });
    expect(
      checkCase(input, { asOf: '2026-02-10' }).some((f) => f.milestone === 'start-spoor-2'),
    ).toBe(false);
  });

  it('a recorded event is still done, and before recovery an overdue milestone stays overdue', () => {
    const input = {
      sickPeriods: [{ start: '2025-01-06', end: '2025-04-30' }],
      events: [{ type: 'plan-van-aanpak' as const, date: '2025-02-28' }],
    };
    const t = computeTimeline(input, { asOf: '2025-06-01' });
    expect(milestone(t, 'plan-van-aanpak').status).toBe('done');
    // The probleemanalyse was due 16 Feb 2025, while still sick: overdue remains.
    expect(milestone(t, 'probleemanalyse').status).toBe('overdue');
    // Evaluation 1 is due 28 Feb + 42 = 11 April, before recovery on 30 April: overdue.
    expect(milestone(t, 'evaluatie-1')).toMatchObject({ due: '2025-04-11', status: 'overdue' });
    // Evaluation 2 would be due 42 sick days after 11 April, after recovery: not generated.
    expect(t.milestones.filter((m) => m.ruleId === 'evaluatie').map((m) => m.id)).toEqual([
      'evaluatie-1',
    ]);
  });
});
