import { describe, expect, it } from 'vitest';
import { computeTimeline } from './compute-timeline.js';
import { milestone } from './test-helpers.js';

// AOW age 2030 and 2031: 67 years and 3 months. Each case: AOW reached between the WIA
// application and the end of the waiting period, so the WIA application applies and the end of
// the waiting period does not.
describe('AOW age reached in 2030 and 2031', () => {
  it('2030: born 15 February 1963 → AOW 15 May 2030', () => {
    // D1 5 June 2028: wia-aanvraag sd(651) = D1 + 650 = 17 Mar 2030; einde-wachttijd
    // sd(728) = D1 + 727 = 2 Jun 2030; AOW on 15 May 2030 lies between them.
    const t = computeTimeline(
      { sickPeriods: [{ start: '2028-06-05' }], employee: { dateOfBirth: '1963-02-15' } },
      { asOf: '2028-06-05' },
    );
    expect(milestone(t, 'wia-aanvraag')).toMatchObject({ due: '2030-03-17', status: 'upcoming' });
    expect(milestone(t, 'einde-wachttijd')).toMatchObject({
      due: '2030-06-02',
      status: 'not-applicable',
    });
    expect(t.warnings.map((w) => w.code)).toEqual(['aow/during-case']);
    expect(t.warnings[0]!.message.nl).toContain('15 mei 2030');
  });

  it('2031: born 10 January 1964 → AOW 10 April 2031', () => {
    // D1 1 May 2029: sd(651) = D1 + 650 = 10 Feb 2031; sd(728) = D1 + 727 = 28 Apr 2031.
    const t = computeTimeline(
      { sickPeriods: [{ start: '2029-05-01' }], employee: { dateOfBirth: '1964-01-10' } },
      { asOf: '2029-05-01' },
    );
    expect(milestone(t, 'wia-aanvraag')).toMatchObject({ due: '2031-02-10', status: 'upcoming' });
    expect(milestone(t, 'einde-wachttijd').status).toBe('not-applicable');
    expect(t.warnings[0]!.message.en).toContain('10 April 2031');
  });
});
