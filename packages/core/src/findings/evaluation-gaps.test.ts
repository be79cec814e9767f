import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../calendar/day-number.js';
import { buildChains } from '../periods/build-chains.js';
import { evaluationGaps, gapsOver } from './evaluation-gaps.js';

describe('evaluationGaps', () => {
  it('reports the gaps over 42 process days with the index of the later date', () => {
    // 20 Feb → 10 Apr 2025: 49 days; 10 Apr → 20 May: 40 days.
    expect(
      evaluationGaps({ sickPeriods: [{ start: '2025-01-06' }] }, [
        '2025-05-20',
        '2025-02-20',
        '2025-04-10',
      ]),
    ).toEqual([
      { from: '2025-02-20', to: '2025-04-10', days: 49, unit: 'sick-days', limit: 42, index: 2 },
    ]);
    expect(
      evaluationGaps({ sickPeriods: [{ start: '2025-01-06' }] }, ['2025-02-20', '2025-04-03']),
    ).toEqual([]);
  });

  it('allows exactly 42 days and leaves recovery out of the count', () => {
    // 20 Feb → 3 Apr 2025: 42 days, the limit itself.
    expect(
      evaluationGaps({ sickPeriods: [{ start: '2025-01-06' }] }, ['2025-02-20', '2025-04-03']),
    ).toEqual([]);
    // Fit 1–10 March (10 days): 20 Feb → 10 Apr is 49 calendar days but 39 sick days.
    const gap = {
      sickPeriods: [{ start: '2025-01-06', end: '2025-02-28' }, { start: '2025-03-11' }],
    };
    expect(evaluationGaps(gap, ['2025-02-20', '2025-04-10'])).toEqual([]);
    // Under processDeadlines: calendar the same 49 days count.
    expect(
      evaluationGaps({ ...gap, options: { processDeadlines: 'calendar' } }, [
        '2025-02-20',
        '2025-04-10',
      ]),
    ).toEqual([
      {
        from: '2025-02-20',
        to: '2025-04-10',
        days: 49,
        unit: 'calendar-days',
        limit: 42,
        index: 1,
      },
    ]);
  });

  it('gives nothing for one date or none, and refuses a date that is not one', () => {
    const input = { sickPeriods: [{ start: '2025-01-06' }] };
    expect(evaluationGaps(input, [])).toEqual([]);
    expect(evaluationGaps(input, ['2025-02-20'])).toEqual([]);
    expect(() => evaluationGaps(input, ['2025-02-20', '10-04-2025'])).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'date/invalid', path: ['dates', 1] })],
      }),
    );
  });
});

describe('gapsOver', () => {
  const [chain] = buildChains([
    { start: '2025-01-06', end: '2025-01-31' },
    { start: '2025-02-10' },
  ]);
  const d = toDayNumber;

  it('counts sick days of the chain between sorted steps, keeping each step its index', () => {
    // 20 Jan → 20 Feb: 11 sick days after 20 January (21–31) + 11 in February (10–20) = 22,
    // not the 31 calendar days.
    expect(
      gapsOver(
        chain!,
        false,
        [
          { day: d('2025-02-20'), index: 0 },
          { day: d('2025-01-20'), index: 1 },
        ],
        20,
      ),
    ).toEqual([
      { from: '2025-01-20', to: '2025-02-20', days: 22, unit: 'sick-days', limit: 20, index: 0 },
    ]);
  });

  it('counts calendar days when asked, and nothing at or below the limit', () => {
    const steps = [
      { day: d('2025-01-20'), index: 0 },
      { day: d('2025-02-20'), index: 1 },
    ];
    expect(gapsOver(chain!, true, steps, 31)).toEqual([]); // 31 days: the limit itself
    expect(gapsOver(chain!, true, steps, 30)).toMatchObject([
      { days: 31, unit: 'calendar-days', index: 1 },
    ]);
  });

  it('orders steps on one day by their index', () => {
    const steps = [
      { day: d('2025-03-01'), index: 2 },
      { day: d('2025-01-06'), index: 1 },
      { day: d('2025-01-06'), index: 0 },
    ];
    // 6 Jan (index 0), 6 Jan (index 1), 1 Mar: one gap, from the second 6 January.
    expect(gapsOver(chain!, true, steps, 42)).toEqual([
      {
        from: '2025-01-06',
        to: '2025-03-01',
        days: 54,
        unit: 'calendar-days',
        limit: 42,
        index: 2,
      },
    ]);
  });
});
