import { describe, expect, it } from 'vitest';
import { toDayNumber, toIsoDate } from '../calendar/day-number.js';
import { buildChains } from './build-chains.js';

const firstDays = (chains: ReturnType<typeof buildChains>) =>
  chains.map((c) => toIsoDate(c.firstSickDay));

describe('buildChains', () => {
  it('adds periods together up to a gap of 27 days, sorted whatever the input order', () => {
    // Strictly between 31 Jan and 28 Feb lie 1–27 Feb: 27 days.
    expect(
      firstDays(buildChains([{ start: '2025-02-28' }, { start: '2025-01-06', end: '2025-01-31' }])),
    ).toEqual(['2025-01-06']);
    // Strictly between 31 Jan and 1 Mar lie 1–28 Feb: 28 days, a new chain.
    expect(
      firstDays(buildChains([{ start: '2025-03-01' }, { start: '2025-01-06', end: '2025-01-31' }])),
    ).toEqual(['2025-01-06', '2025-03-01']);
  });

  it('marks a chain closed or open', () => {
    const [closed] = buildChains([{ start: '2025-01-06', end: '2025-01-31' }]);
    expect(closed!.lastSickDay).toBe(toDayNumber('2025-01-31'));
    const [open] = buildChains([{ start: '2025-01-06' }]);
    expect(open!.lastSickDay).toBeNull();
  });

  it('counts leave in a gap as the leaveAndGaps option says', () => {
    const leave = (start: string, end: string, sameCause?: boolean) => ({
      kind: 'zwangerschaps-en-bevallingsverlof' as const,
      start,
      end,
      sameCause,
    });
    // Sick to 31 March, leave 1 April – 21 July, sick again from 22 July: the leave fills the
    // gap exactly, so the statute bridges it (gap 0) unless the cause differs.
    const sick = [{ start: '2025-01-06', end: '2025-03-31' }, { start: '2025-07-22' }];
    expect(firstDays(buildChains(sick, [leave('2025-04-01', '2025-07-21')]))).toEqual([
      '2025-01-06',
    ]);
    expect(firstDays(buildChains(sick, [leave('2025-04-01', '2025-07-21', false)]))).toEqual([
      '2025-01-06',
      '2025-07-22',
    ]);
    // Leave 3 April – 21 July leaves 2 fit days (1–2 April): not adjoining, so under the statute
    // all 112 days are gap days (a new chain); excluding the 110 leave days leaves a gap of 2.
    const notAdjoining = [leave('2025-04-03', '2025-07-21')];
    expect(firstDays(buildChains(sick, notAdjoining))).toEqual(['2025-01-06', '2025-07-22']);
    expect(
      firstDays(buildChains(sick, notAdjoining, { leaveAndGaps: 'exclude-leave-days' })),
    ).toEqual(['2025-01-06']);
    // Excluding leave days never looks past a leave with another cause.
    expect(
      firstDays(
        buildChains(sick, [leave('2025-04-03', '2025-07-21', false)], {
          leaveAndGaps: 'exclude-leave-days',
        }),
      ),
    ).toEqual(['2025-01-06', '2025-07-22']);
  });
});
