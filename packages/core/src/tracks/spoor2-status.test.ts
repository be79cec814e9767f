import { describe, expect, it } from 'vitest';
import { spoor2Status } from './spoor2-status.js';

const D1 = { sickPeriods: [{ start: '2025-01-06' }] };

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

  it('counts the intake of a trajectory as the start', () => {
    expect(
      spoor2Status(
        { ...D1, spoor2: { referral: '2025-10-01', intake: '2025-10-08' } },
        { asOf: '2025-10-10' },
      ),
    ).toEqual({
      spoor1: 'actief',
      spoor2: 'gestart',
      reason: null,
      since: '2025-10-08',
      due: null,
    });
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
    expect(s).toEqual({
      spoor1: 'actief',
      spoor2: 'niet-nodig',
      reason: 'geen-benutbare-mogelijkheden',
      since: '2025-12-20',
      due: null,
    });
  });

  it('does not apply at AOW age or after recovery', () => {
    expect(
      spoor2Status({ ...D1, employee: { aowDate: '2024-06-01' } }, { asOf: '2025-02-01' }),
    ).toEqual({
      spoor1: 'actief',
      spoor2: 'niet-van-toepassing',
      reason: 'aow-bij-aanvang',
      since: null,
      due: null,
    });
    // AOW reached on 1 December 2025, before the latest start of spoor 2 (15 February 2026).
    expect(
      spoor2Status({ ...D1, employee: { aowDate: '2025-12-01' } }, { asOf: '2025-06-01' }),
    ).toMatchObject({ spoor2: 'niet-van-toepassing', reason: 'aow-tijdens-zaak' });
    expect(
      spoor2Status(
        { sickPeriods: [{ start: '2025-01-06', end: '2025-05-01' }] },
        { asOf: '2025-06-01' },
      ),
    ).toEqual({
      spoor1: 'afgerond',
      spoor2: 'niet-van-toepassing',
      reason: 'hersteld',
      since: '2025-05-01',
      due: null,
    });
  });

  it('keeps a start recorded before recovery, with spoor 1 afgerond', () => {
    expect(
      spoor2Status(
        {
          sickPeriods: [{ start: '2025-01-06', end: '2026-03-01' }],
          events: [{ type: 'start-spoor-2', date: '2026-01-15' }],
        },
        { asOf: '2026-04-01' },
      ),
    ).toMatchObject({ spoor1: 'afgerond', spoor2: 'gestart', since: '2026-01-15' });
  });
});
