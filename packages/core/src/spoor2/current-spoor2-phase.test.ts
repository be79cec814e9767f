import { describe, expect, it } from 'vitest';
import { assessSpoor2 } from './assess-spoor2.js';
import type { Spoor2PhaseRecord, Spoor2Trajectory } from './spoor2-trajectory.js';

const phaseOf = (spoor2: Spoor2Trajectory, asOf: string) =>
  assessSpoor2({ spoor2 }, { asOf })!.phase;
const base: Spoor2Trajectory = { referral: '2025-03-03', intake: '2025-03-10' };
const withPhases = (phases: Spoor2PhaseRecord[], extra: Partial<Spoor2Trajectory> = {}) => ({
  ...base,
  phases,
  ...extra,
});

describe('the current spoor-2 phase', () => {
  it('is aanmelding before the intake and intake from it, with no recorded phase started', () => {
    expect(phaseOf(base, '2025-03-09')).toBe('aanmelding');
    expect(phaseOf(base, '2025-03-10')).toBe('intake');
    expect(phaseOf({ referral: '2025-03-03' }, '2025-06-01')).toBe('aanmelding');
    // A phase that starts after the as-of date does not count yet.
    expect(phaseOf(withPhases([{ phase: 'orientatie', start: '2025-03-20' }]), '2025-03-19')).toBe(
      'intake',
    );
  });

  it('is the recorded phase with the latest start, also when phases overlap or one has ended', () => {
    const phases: Spoor2PhaseRecord[] = [
      { phase: 'bemiddeling-en-sollicitatie', start: '2025-05-01' },
      { phase: 'orientatie', start: '2025-03-17', end: '2025-04-11' },
      { phase: 'activering-en-scholing', start: '2025-04-14', end: '2025-06-27' },
    ];
    expect(phaseOf(withPhases(phases), '2025-04-12')).toBe('orientatie'); // ended, still the latest start
    expect(phaseOf(withPhases(phases), '2025-04-20')).toBe('activering-en-scholing');
    expect(phaseOf(withPhases(phases), '2025-05-01')).toBe('bemiddeling-en-sollicitatie'); // overlaps activering
    expect(phaseOf(withPhases(phases), '2025-08-01')).toBe('bemiddeling-en-sollicitatie');
  });

  it('breaks a tie on the start date by the order of SPOOR2_PHASES, whatever the order of the log', () => {
    const tie: Spoor2PhaseRecord[] = [
      { phase: 'bemiddeling-en-sollicitatie', start: '2025-04-14' },
      { phase: 'activering-en-scholing', start: '2025-04-14' },
    ];
    expect(phaseOf(withPhases(tie), '2025-04-14')).toBe('bemiddeling-en-sollicitatie');
    expect(phaseOf(withPhases([...tie].reverse()), '2025-04-14')).toBe(
      'bemiddeling-en-sollicitatie',
    );
  });

  it('is afgerond from the end date or the outcome date, whichever comes first', () => {
    const phases: Spoor2PhaseRecord[] = [{ phase: 'plaatsing', start: '2025-09-01' }];
    expect(phaseOf(withPhases(phases, { end: '2025-10-01' }), '2025-09-30')).toBe('plaatsing');
    expect(phaseOf(withPhases(phases, { end: '2025-10-01' }), '2025-10-01')).toBe('afgerond');
    const outcome = { kind: 'plaatsing', date: '2025-09-15' } as const;
    expect(phaseOf(withPhases(phases, { outcome }), '2025-09-14')).toBe('plaatsing');
    expect(phaseOf(withPhases(phases, { outcome }), '2025-09-15')).toBe('afgerond');
    // An outcome without a date does not end the trajectory.
    expect(
      phaseOf(withPhases(phases, { outcome: { kind: 'geen', date: null } }), '2026-01-01'),
    ).toBe('plaatsing');
  });
});
