import { describe, expect, it } from 'vitest';
import { computeTimeline } from '../timeline/compute-timeline.js';
import { PoortwachterInputError } from './poortwachter-input-error.js';
import { validateCaseInput } from './validate-case-input.js';

const codes = (input: unknown) => validateCaseInput(input).map((i) => [i.code, i.path]);

describe('validateCaseInput', () => {
  it('accepts a minimal case and a full case file', () => {
    expect(validateCaseInput({ sickPeriods: [{ start: '2025-01-06' }] })).toEqual([]);
    expect(
      validateCaseInput({
        externalRef: 'HR-1',
        groups: { afdeling: 'Logistiek' },
        employee: { name: 'J. de Vries', dateOfBirth: '1971-05-14', function: 'Orderpicker' },
        employer: { name: 'Voorbeeld B.V.' },
        bedrijfsarts: { name: 'Arts' },
        casemanager: { name: 'P. Bakker', email: 'p@example.nl' },
        sickPeriods: [{ start: '2025-01-06', end: null }],
        options: { weekendDeadlines: 'roll-to-working-day', dueSoonDays: 7 },
      }),
    ).toEqual([]);
  });

  it('rejects unknown fields anywhere, so no health data fits', () => {
    expect(codes({ sickPeriods: [{ start: '2025-01-06' }], employee: { diagnose: 'x' } })).toEqual([
      ['field/unknown', ['employee', 'diagnose']],
    ]);
    expect(codes({ sickPeriods: [{ start: '2025-01-06', klachten: 'x' }] })).toEqual([
      ['field/unknown', ['sickPeriods', 0, 'klachten']],
    ]);
    expect(
      codes({
        sickPeriods: [{ start: '2025-01-06' }],
        events: [{ type: 'evaluatie', date: '2025-03-01', medicatie: 'x' }],
      }),
    ).toEqual([['field/unknown', ['events', 0, 'medicatie']]]);
    expect(codes({ sickPeriods: [{ start: '2025-01-06' }], diagnose: 'x' })).toEqual([
      ['field/unknown', ['diagnose']],
    ]);
    expect(codes({ sickPeriods: [{ start: '2025-01-06' }], groups: { afdeling: 3 } })).toEqual([
      ['field/type', ['groups', 'afdeling']],
    ]);
  });

  it('tells a date with a time from an impossible date', () => {
    expect(codes({ sickPeriods: [{ start: '2025-01-01T14:50:48+01:00' }] })).toEqual([
      ['date/has-time', ['sickPeriods', 0, 'start']],
    ]);
    expect(codes({ sickPeriods: [{ start: '2025-02-30' }] })).toEqual([
      ['date/invalid', ['sickPeriods', 0, 'start']],
    ]);
    expect(codes({ sickPeriods: [{ start: 20250106 }] })).toEqual([
      ['field/type', ['sickPeriods', 0, 'start']],
    ]);
    const [issue] = validateCaseInput({ sickPeriods: [{ start: '2025-01-01T14:50:48Z' }] });
    expect(issue?.message.nl).toContain('alleen een datum, zonder tijd');
    expect(issue?.message.nl).toContain('dateInAmsterdam');
  });

  it('checks options against the option table', () => {
    const withOptions = (options: unknown) =>
      codes({ sickPeriods: [{ start: '2025-01-06' }], options });
    expect(withOptions({ weekendDeadlines: 'roll' })).toEqual([
      ['option/invalid', ['options', 'weekendDeadlines']],
    ]);
    expect(withOptions({ dueSoonDays: 'x' })).toEqual([
      ['option/invalid', ['options', 'dueSoonDays']],
    ]);
    expect(withOptions({ dueSoonDays: -1 })).toEqual([
      ['option/invalid', ['options', 'dueSoonDays']],
    ]);
    expect(withOptions({ weekendDeadline: 'unchanged' })).toEqual([
      ['option/unknown', ['options', 'weekendDeadline']],
    ]);
    expect(withOptions({ workingDays: { nonWorkingDays: ['2025-13-01'], holidays: [] } })).toEqual([
      ['date/invalid', ['options', 'workingDays', 'nonWorkingDays', 0]],
      ['field/unknown', ['options', 'workingDays', 'holidays']],
    ]);
  });

  it('checks events: type, required ground and motivation, weeks', () => {
    const event = (e: object) => codes({ sickPeriods: [{ start: '2025-01-06' }], events: [e] });
    expect(event({ type: 'evalutie', date: '2025-03-01' })).toEqual([
      ['field/choice', ['events', 0, 'type']],
    ]);
    expect(event({ type: 'spoor-2-niet-nodig', date: '2026-01-01', ground: 'anders' })).toEqual([
      ['field/required', ['events', 0, 'motivation']],
      ['field/choice', ['events', 0, 'ground']],
    ]);
    expect(
      event({
        type: 'spoor-2-niet-nodig',
        date: '2026-01-01',
        ground: 'marginale-mogelijkheden',
        motivation: ' ',
      }),
    ).toEqual([['text/blank', ['events', 0, 'motivation']]]);
    expect(event({ type: 'loonsanctie', date: '2027-01-01', weeks: 53 })).toEqual([
      ['field/too-big', ['events', 0, 'weeks']],
    ]);
    expect(event({ type: 'vrijwillige-verlenging', date: '2026-09-01', weeks: 1.5 })).toEqual([
      ['field/integer', ['events', 0, 'weeks']],
    ]);
    expect(event({ type: 'probleemanalyse', date: '2025-02-01', weeks: 3 })).toEqual([
      ['field/unknown', ['events', 0, 'weeks']],
    ]);
  });

  it('checks periods: required, empty, order, overlap, only the latest open, leave', () => {
    expect(codes({})).toEqual([['field/required', ['sickPeriods']]]);
    expect(codes({ sickPeriods: [] })).toEqual([['periods/empty', ['sickPeriods']]]);
    expect(codes({ sickPeriods: [{ start: '2025-03-10', end: '2025-03-01' }] })).toEqual([
      ['period/end-before-start', ['sickPeriods', 0, 'end']],
    ]);
    expect(
      codes({ sickPeriods: [{ start: '2025-03-10' }, { start: '2025-01-01', end: '2025-03-15' }] }),
    ).toEqual([['period/overlap', ['sickPeriods', 0]]]);
    expect(codes({ sickPeriods: [{ start: '2025-01-01' }, { start: '2025-03-10' }] })).toEqual([
      ['period/open-not-latest', ['sickPeriods', 0, 'end']],
    ]);
    expect(
      codes({
        sickPeriods: [{ start: '2025-01-01' }],
        leavePeriods: [
          { kind: 'zwangerschaps-en-bevallingsverlof', start: '2025-02-01', end: '2025-05-01' },
        ],
      }),
    ).toEqual([['leave/overlaps-sickness', ['leavePeriods', 0]]]);
    expect(codes('not a case')).toEqual([['field/not-object', []]]);
  });

  it('is what computeTimeline throws, with the options of the call checked too', () => {
    expect(() =>
      computeTimeline({ sickPeriods: [{ start: '2025-01-06' }] }, { asOf: '2025-02-30' }),
    ).toThrow(PoortwachterInputError);
    try {
      computeTimeline(
        { sickPeriods: [{ start: '2025-01-06' }] },
        // @ts-expect-error: an invalid option value, as untyped callers send it
        { asOf: '2025-02-01', weekendDeadlines: 'roll' },
      );
      expect.unreachable();
    } catch (e) {
      expect((e as PoortwachterInputError).issues).toMatchObject([
        { code: 'option/invalid', path: ['weekendDeadlines'] },
      ]);
      expect((e as Error).message).toContain(
        'weekendDeadlines: Deze optie heeft een ongeldige waarde.',
      );
      expect((e as Error).message).toContain('weekendDeadlines: This option has an invalid value.');
    }
  });
});
