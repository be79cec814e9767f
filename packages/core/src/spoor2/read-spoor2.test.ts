import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../calendar/day-number.js';
import { readSpoor2 } from './read-spoor2.js';
import { SPOOR2_PHASES } from './spoor2-phases.js';
import { CLEAN, trajectory } from './test-helpers.js';

const d = toDayNumber;

describe('readSpoor2', () => {
  it('reads every date of a valid trajectory as a day number, in one pass', () => {
    const { issues, days } = readSpoor2(CLEAN);
    expect(issues).toEqual([]);
    expect(days).toEqual({
      referral: d('2025-03-03'),
      intake: d('2025-03-10'),
      adReport: d('2025-02-20'),
      plan: d('2025-04-07'),
      end: null,
      outcome: null,
      phases: [],
      activities: Int32Array.from([d('2025-03-24'), d('2025-04-07')]),
      applications: Int32Array.from(
        ['2025-04-08', '2025-04-15', '2025-04-22', '2025-04-29'].map(d),
      ),
      reports: [],
    });
  });

  it('keeps the input order of the log, and each phase its place in SPOOR2_PHASES', () => {
    const order = (id: string) => SPOOR2_PHASES.findIndex((p) => p.id === id);
    const { days } = readSpoor2(
      trajectory({
        phases: [
          { phase: 'bemiddeling-en-sollicitatie', start: '2025-04-14' },
          { phase: 'orientatie', start: '2025-03-17', end: '2025-04-11' },
        ],
        activities: [
          { date: '2025-04-07', type: 'loopbaancoaching' },
          { date: '2025-03-24', type: 'loopbaancoaching' },
        ],
        reports: [
          { kind: 'voortgang', number: 1, date: '2025-05-19' },
          { kind: 'trajectplan', date: '2025-04-07' },
        ],
        outcome: { kind: 'plaatsing', date: '2025-09-01' },
        end: '2025-09-30',
      }),
    );
    expect(days?.phases).toEqual([
      { order: order('bemiddeling-en-sollicitatie'), start: d('2025-04-14') },
      { order: order('orientatie'), start: d('2025-03-17') },
    ]);
    expect(order('orientatie')).toBeLessThan(order('bemiddeling-en-sollicitatie'));
    expect(Array.from(days!.activities)).toEqual([d('2025-04-07'), d('2025-03-24')]);
    expect(days?.reports).toEqual([
      { kind: 'voortgang', day: d('2025-05-19') },
      { kind: 'trajectplan', day: d('2025-04-07') },
    ]);
    expect([days?.outcome, days?.end]).toEqual([d('2025-09-01'), d('2025-09-30')]);
  });

  it('reads an outcome without a date, and the smallest trajectory', () => {
    expect(readSpoor2(trajectory({ outcome: { kind: 'geen' } })).days?.outcome).toBeNull();
    expect(readSpoor2({ referral: '2025-03-03' })).toEqual({
      issues: [],
      days: {
        referral: d('2025-03-03'),
        intake: null,
        adReport: null,
        plan: null,
        end: null,
        outcome: null,
        phases: [],
        activities: new Int32Array(0),
        applications: new Int32Array(0),
        reports: [],
      },
    });
  });

  it('gives no day numbers once there is any issue', () => {
    const bad = readSpoor2(trajectory({ activities: [{ date: '2025-02-30', type: 'overig' }] }));
    expect(bad.issues.map((i) => [i.code, i.path])).toEqual([
      ['date/invalid', ['spoor2', 'activities', 0, 'date']],
    ]);
    expect(bad.days).toBeNull();
    expect(readSpoor2(null)).toEqual({
      issues: [expect.objectContaining({ code: 'field/type', path: ['spoor2'] })],
      days: null,
    });
    expect(readSpoor2({}).days).toBeNull();
  });
});
