import { describe, expect, it } from 'vitest';
import { checkCase } from '../findings/check-case.js';
import { computeTimeline } from './compute-timeline.js';
import { milestone } from './test-helpers.js';

// D1 6 January 2025: start-spoor-2 is due sd(406) = D1 + 405 = 15 February 2026.
const D1 = { sickPeriods: [{ start: '2025-01-06' }] };

describe('the spoor-2 trajectory starts spoor 2', () => {
  it('counts the intake as the start when no start is recorded', () => {
    const t = computeTimeline(
      { ...D1, spoor2: { referral: '2026-01-20', intake: '2026-02-20' } },
      { asOf: '2026-03-01' },
    );
    // Intake on 20 Feb, after 15 Feb: late, and explained as taken from the trajectory.
    expect(milestone(t, 'start-spoor-2')).toMatchObject({
      eventDate: '2026-02-20',
      status: 'done-late',
    });
    expect(milestone(t, 'start-spoor-2').derivation.eventFrom).toBe('spoor2.intake');
    expect(milestone(t, 'start-spoor-2').explanation.nl).toContain(
      'de intake van het spoor-2-traject geldt als start',
    );
  });

  it('counts the referral when there is no intake yet', () => {
    const t = computeTimeline(
      { ...D1, spoor2: { referral: '2026-01-20' } },
      { asOf: '2026-03-01' },
    );
    expect(milestone(t, 'start-spoor-2')).toMatchObject({
      eventDate: '2026-01-20',
      status: 'done',
    });
    expect(milestone(t, 'start-spoor-2').derivation.eventFrom).toBe('spoor2.referral');
  });

  it('lets a recorded start win', () => {
    const t = computeTimeline(
      {
        ...D1,
        events: [{ type: 'start-spoor-2', date: '2026-01-10' }],
        spoor2: { referral: '2026-01-20', intake: '2026-02-20' },
      },
      { asOf: '2026-03-01' },
    );
    expect(milestone(t, 'start-spoor-2')).toMatchObject({
      eventDate: '2026-01-10',
      status: 'done',
    });
    expect(milestone(t, 'start-spoor-2').derivation.eventFrom).toBeNull();
  });

  it('adds the findings of the trajectory to checkCase', () => {
    // Intake 21 days after the referral (more than 14): spoor-2/intake-late.
    const findings = checkCase(
      {
        ...D1,
        events: [{ type: 'start-spoor-2', date: '2026-01-10' }],
        spoor2: { referral: '2026-01-10', intake: '2026-01-31' },
      },
      { asOf: '2026-02-01' },
    );
    expect(findings.filter((f) => f.code.startsWith('spoor-2/')).map((f) => f.code)).toContain(
      'spoor-2/intake-late',
    );
    // Thresholds in the case file's options and in the call's.
    const lenient = (spoor2: { intakeWithinDays: number }, where: 'case' | 'call') =>
      checkCase(
        {
          ...D1,
          spoor2: { referral: '2026-01-10', intake: '2026-01-31' },
          ...(where === 'case' ? { options: { spoor2 } } : {}),
        },
        { asOf: '2026-02-01', ...(where === 'call' ? { spoor2 } : {}) },
      ).some((f) => f.code === 'spoor-2/intake-late');
    expect(lenient({ intakeWithinDays: 21 }, 'case')).toBe(false);
    expect(lenient({ intakeWithinDays: 21 }, 'call')).toBe(false);
    expect(lenient({ intakeWithinDays: 20 }, 'call')).toBe(true);
  });
});
