import { describe, expect, it } from 'vitest';
import { casePhase } from './case-phase.js';
import { spoor2Status } from './spoor2-status.js';

const D1 = { sickPeriods: [{ start: '2025-01-06' }] };

describe('casePhase', () => {
  it('counts sick-weeks: week 52 ends on sick-day 364', () => {
    expect(casePhase(D1, { asOf: '2025-03-01' })).toEqual({
      phase: 'jaar-1',
      sickDay: 55,
      sickWeek: 8,
    });
    expect(casePhase(D1, { asOf: '2026-01-04' })).toEqual({
      phase: 'jaar-1',
      sickDay: 364,
      sickWeek: 52,
    });
    expect(casePhase(D1, { asOf: '2026-01-05' })).toEqual({
      phase: 'jaar-2',
      sickDay: 365,
      sickWeek: 53,
    });
    expect(casePhase(D1, { asOf: '2027-01-04' }).phase).toBe('na-wachttijd'); // sick-day 729
  });

  it('is hersteld once the latest period is closed', () => {
    expect(
      casePhase(
        { sickPeriods: [{ start: '2025-01-06', end: '2025-02-01' }] },
        { asOf: '2025-02-02' },
      ).phase,
    ).toBe('hersteld');
  });
});

describe('spoor2Status', () => {
  it('is required with its deadline until a start or a skip ground is recorded', () => {
    expect(spoor2Status(D1, { asOf: '2025-06-01' })).toEqual({
      spoor1: 'actief',
      spoor2: 'vereist',
      reason: null,
      since: null,
      due: '2026-02-15',
    });
    const started = spoor2Status(
      { ...D1, events: [{ type: 'start-spoor-2', date: '2025-11-01' }] },
      { asOf: '2025-12-01' },
    );
    expect(started).toMatchObject({ spoor2: 'gestart', since: '2025-11-01' });
    // A start recorded after asOf does not count yet.
    expect(
      spoor2Status(
        { ...D1, events: [{ type: 'start-spoor-2', date: '2025-11-01' }] },
        { asOf: '2025-10-01' },
      ).spoor2,
    ).toBe('vereist');
  });

  it('names the skip ground', () => {
    const s = spoor2Status(
      {
        ...D1,
        events: [
          {
            type: 'spoor-2-niet-nodig',
            date: '2025-12-20',
            ground: 'geen-benutbare-mogelijkheden',
            motivation: 'Bedrijfsarts: geen benutbare mogelijkheden.',
          },
        ],
      },
      { asOf: '2026-01-10' },
    );
    expect(s).toMatchObject({
      spoor2: 'niet-nodig',
      reason: 'geen-benutbare-mogelijkheden',
      since: '2025-12-20',
    });
  });

  it('does not apply at AOW age or after recovery', () => {
    expect(
      spoor2Status({ ...D1, employee: { aowDate: '2024-06-01' } }, { asOf: '2025-02-01' }),
    ).toMatchObject({
      spoor2: 'niet-van-toepassing',
      reason: 'aow-bij-aanvang',
    });
    expect(
      spoor2Status(
        { sickPeriods: [{ start: '2025-01-06', end: '2025-05-01' }] },
        { asOf: '2025-06-01' },
      ),
    ).toMatchObject({
      spoor1: 'afgerond',
      spoor2: 'niet-van-toepassing',
      reason: 'hersteld',
    });
  });
});
