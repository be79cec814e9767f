import { describe, expect, it } from 'vitest';
import { spoor2MediationStart } from './spoor2-mediation-start.js';
import { SPOOR2_PHASES } from './spoor2-phases.js';

const order = (id: string) => SPOOR2_PHASES.findIndex((p) => p.id === id);
const BEMIDDELING = order('bemiddeling-en-sollicitatie');
const ORIENTATIE = order('orientatie');

describe('spoor2MediationStart', () => {
  it('is the earliest recorded start of bemiddeling-en-sollicitatie', () => {
    const phases = [
      { order: ORIENTATIE, start: 10 },
      { order: BEMIDDELING, start: 60 },
      { order: BEMIDDELING, start: 40 },
    ];
    expect(spoor2MediationStart(phases, 20, 100)).toBe(40);
  });

  it('falls back to the trajectplan without a bemiddeling phase', () => {
    expect(spoor2MediationStart([{ order: ORIENTATIE, start: 10 }], 20, 100)).toBe(20);
    expect(spoor2MediationStart([], null, 100)).toBeNull();
  });

  it('ignores a bemiddeling phase that starts after asOf (it has not begun yet)', () => {
    // Plan on day 20, bemiddeling recorded from day 120; seen from day 100 the period runs from
    // the plan, seen from day 120 from the phase.
    const phases = [{ order: BEMIDDELING, start: 120 }];
    expect(spoor2MediationStart(phases, 20, 100)).toBe(20);
    expect(spoor2MediationStart(phases, 20, 120)).toBe(120);
    expect(spoor2MediationStart(phases, null, 100)).toBeNull();
    // Read as the case file is (a report's period): the recorded phase counts.
    expect(spoor2MediationStart(phases, 20)).toBe(120);
  });
});
