import { expect, it } from 'vitest';
import { addDays } from '../calendar/iso-days.js';
import { rivKind } from './riv-kind.js';
import { RIV_KINDS } from './riv-kinds.js';

it('RIV_KINDS ascend from 0 and rivKind switches exactly at each threshold', () => {
  expect(RIV_KINDS.map((r) => r.fromSickDays)).toEqual([0, 42, 70]);
  // D1 = 6 January 2025, no gaps: sick day n falls on D1 + n − 1.
  const onSickDay = (n: number) => {
    const end = addDays('2025-01-06', n - 1);
    return rivKind({
      sickPeriods: [{ start: '2025-01-06' }],
      events: [{ type: 'einde-dienstverband', date: end }],
    });
  };
  for (const [i, row] of RIV_KINDS.entries()) {
    if (i > 0) expect(onSickDay(row.fromSickDays - 1)?.kind).toBe(RIV_KINDS[i - 1]?.kind);
    expect(onSickDay(Math.max(row.fromSickDays, 1))).toMatchObject({ kind: row.kind });
  }
});
