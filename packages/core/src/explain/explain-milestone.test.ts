import { describe, expect, it } from 'vitest';
import { computeTimeline } from '../timeline/compute-timeline.js';
import { milestone } from '../timeline/test-helpers.js';

describe('explanations', () => {
  // Sick 28 Dec 2024 – 10 Jan 2025 (14 sick days), fit 11–31 January (21 days), sick again from
  // 1 February 2025: sd(294) = 1 Feb + (294 − 14 − 1) = 1 Feb + 279 days = Friday 7 November 2025.
  const t = computeTimeline(
    { sickPeriods: [{ start: '2024-12-28', end: '2025-01-10' }, { start: '2025-02-01' }] },
    { asOf: '2025-06-01' },
  );

  it('explains the UWV report as the contract example does', () => {
    const m = milestone(t, 'ziekmelding-uwv');
    expect(m.due).toBe('2025-11-10');
    expect(m.explanation.nl).toBe(
      'Ziektedag 294 valt op 7 november 2025; de 21 hersteldagen tussendoor tellen niet mee; de eerste werkdag daarna is maandag 10 november 2025.',
    );
    expect(m.explanation.en).toBe(
      'Sick day 294 is 7 November 2025 (the 21 days of recovery in between do not count); the first working day after it is Monday 10 November 2025.',
    );
    expect(m.derivation).toMatchObject({
      rule: 'ziekmelding-uwv',
      variant: null,
      due: {
        type: 'first-working-day-after',
        date: '2025-11-10',
        of: { type: 'sick-day', sickDay: 294, date: '2025-11-07', gapDays: 21, leaveDays: 0 },
      },
    });
  });

  it('says that a milestone before the gap did not move', () => {
    // sd(7) = 28 Dec + 6 = 3 January 2025, before the recovery.
    expect(milestone(t, 'ziekmelding-bedrijfsarts').explanation.nl).toBe(
      'Ziektedag 7 valt op 3 januari 2025.',
    );
  });

  it('names the option reading, the working-day shift and the window', () => {
    const rolled = computeTimeline(
      { sickPeriods: [{ start: '2025-01-06' }] },
      { asOf: '2025-01-06', weekendDeadlines: 'roll-to-working-day', startSpoor2: 'one-year' },
    );
    // sd(42) = Sunday 16 February 2025 → Monday 17 February.
    expect(milestone(rolled, 'probleemanalyse').explanation.nl).toBe(
      'Ziektedag 42 valt op 16 februari 2025. Zondag 16 februari 2025 is geen werkdag; met weekendDeadlines = roll-to-working-day wordt het maandag 17 februari 2025.',
    );
    expect(milestone(rolled, 'start-spoor-2').derivation.variant).toEqual({
      option: 'startSpoor2',
      value: 'one-year',
    });
    expect(milestone(rolled, 'start-spoor-2').explanation.en).toContain(
      'Reading chosen: startSpoor2 = one-year.',
    );
    expect(milestone(rolled, 'eerstejaarsevaluatie').explanation.nl).toContain(
      'Het venster opent op ziektedag 316 (17 november 2025).',
    );
  });

  it('explains counting from an event, from the previous evaluation, and not reached after recovery', () => {
    const r = computeTimeline(
      {
        sickPeriods: [{ start: '2025-01-06', end: '2025-02-20' }],
        events: [{ type: 'probleemanalyse', date: '2025-02-10' }],
      },
      { asOf: '2025-04-01' },
    );
    expect(milestone(r, 'plan-van-aanpak').explanation.nl).toBe(
      '24 februari 2025 is 14 dagen na de probleemanalyse van 10 februari 2025. Niet bereikt: de laatste ziektedag was 20 februari 2025; na volledig herstel ontstaat deze verplichting niet.',
    );
    const open = computeTimeline(
      { sickPeriods: [{ start: '2025-01-06' }] },
      { asOf: '2025-01-06' },
    );
    // PvA due sd(56) = 2 March 2025; evaluation 1 = 42 sick days later = 13 April 2025.
    expect(milestone(open, 'evaluatie-1').explanation.nl).toBe(
      '42 ziektedagen na "Plan van aanpak" (uiterste datum 2 maart 2025): 13 april 2025.',
    );
  });

  it('explains the waiting period with its extensions', () => {
    const x = computeTimeline(
      {
        sickPeriods: [{ start: '2025-01-06' }],
        events: [
          { type: 'vrijwillige-verlenging', date: '2026-09-01', weeks: 13 },
          { type: 'loonsanctie', date: '2027-02-01', weeks: 26 },
        ],
      },
      { asOf: '2025-01-06' },
    );
    // 728 + 91 + 182 = 1001 sick days: D1 + 1000 = sd(728) 3 Jan 2027 + 273 = 3 October 2027.
    expect(milestone(x, 'einde-wachttijd').explanation.nl).toBe(
      'De wachttijd is 104 weken, verlengd met 13 weken vrijwillige verlenging en 26 weken loonsanctie: ziektedag 1001 valt op 3 oktober 2027.',
    );
    // The WIA application moves with the verlenging: sd(651 + 91) = sd(742).
    expect(milestone(x, 'wia-aanvraag').explanation.en).toBe(
      'Sick day 742 (651 plus 13 weeks of voluntary extension) is 17 January 2027.',
    );
  });

  it('explains why a milestone does not apply', () => {
    const skip = computeTimeline(
      {
        sickPeriods: [{ start: '2025-01-06' }],
        events: [
          {
            type: 'spoor-2-niet-nodig',
            date: '2026-01-10',
            ground: 'marginale-mogelijkheden',
            motivation: 'AD-rapport.',
          },
        ],
      },
      { asOf: '2026-01-11' },
    );
    expect(milestone(skip, 'start-spoor-2').explanation.nl).toMatch(
      /^Niet van toepassing: op 10 januari 2026 is vastgelegd dat spoor 2 niet nodig is \(blijvend marginale mogelijkheden\)\./,
    );
    const aow = computeTimeline(
      { sickPeriods: [{ start: '2025-01-06' }], employee: { aowDate: '2024-12-01' } },
      { asOf: '2025-01-06' },
    );
    expect(milestone(aow, 'plan-van-aanpak').explanation.en).toBe(
      'Not applicable: the employee had reached AOW age on the first sick day.',
    );
    expect(milestone(aow, 'einde-wachttijd').explanation.nl).toBe(
      'De werknemer had op de eerste ziektedag de AOW-leeftijd: het loon wordt 6 weken doorbetaald, tot en met 16 februari 2025.',
    );
  });
});
