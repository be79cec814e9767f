import { describe, expect, it } from 'vitest';
import type { CaseEvent, CaseInput } from '../types.js';
import { checkCase } from './check-case.js';

// D1 = Monday 6 January 2025: PA due 16 Feb 2025, PvA 2 Mar 2025, start-spoor-2 15 Feb 2026.
const caseWith = (events: CaseEvent[] = []): CaseInput => ({
  sickPeriods: [{ start: '2025-01-06' }],
  events,
});
const codes = (input: CaseInput, asOf: string) =>
  checkCase(input, { asOf }).map((f) => `${f.code} ${f.severity}`);

describe('checkCase', () => {
  it('reports an overdue problem analysis exactly as the contract shows', () => {
    const pa = checkCase(caseWith(), { asOf: '2025-03-01' }).find(
      (f) => f.milestone === 'probleemanalyse',
    );
    expect(pa).toEqual({
      code: 'probleemanalyse/overdue',
      severity: 'error',
      milestone: 'probleemanalyse',
      due: '2025-02-16',
      eventDate: null,
      message: {
        nl: 'De probleemanalyse had uiterlijk 16 februari 2025 klaar moeten zijn.',
        en: 'The problem analysis was due on 16 February 2025.',
      },
      source: 'Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 2',
    });
  });

  it('grades statuses: overdue guidance is a warning, due-soon legal a warning, sorted by due date', () => {
    expect(codes(caseWith(), '2025-02-10')).toEqual([
      'ziekmelding-bedrijfsarts/overdue warning', // due 12 Jan
      'probleemanalyse/due-soon warning', // due 16 Feb, 6 days away
    ]);
  });

  it('a late event with a motivation is info; without one a warning', () => {
    const late = (motivation?: string) =>
      codes(
        caseWith([
          { type: 'ziekmelding-bedrijfsarts', date: '2025-01-06' },
          { type: 'probleemanalyse', date: '2025-02-20', motivation },
        ]),
        '2025-02-21',
      );
    // The PvA is then due 20 Feb + 14 = 6 March: due soon, a legal milestone.
    expect(late()).toEqual([
      'probleemanalyse/done-late warning',
      'plan-van-aanpak/due-soon warning',
    ]);
    expect(late('Bedrijfsarts ziek; eerste beschikbare afspraak.')).toEqual([
      'probleemanalyse/late-with-motivation info',
      'plan-van-aanpak/due-soon warning',
    ]);
  });

  it('finds evaluation gaps over 42 sick days', () => {
    const findings = checkCase(
      caseWith([
        { type: 'ziekmelding-bedrijfsarts', date: '2025-01-07' },
        { type: 'probleemanalyse', date: '2025-02-10' },
        { type: 'plan-van-aanpak', date: '2025-02-20' },
        { type: 'evaluatie', date: '2025-04-10' }, // 49 days after the PvA
      ]),
      { asOf: '2025-04-11' },
    );
    const gap = findings.find((f) => f.code === 'evaluatie/gap');
    expect(gap).toMatchObject({ severity: 'warning', eventDate: '2025-04-10' });
    expect(gap?.message.nl).toContain('49 ziektedagen');
    expect(findings.map((f) => f.code)).toContain('evaluatie-1/done-late'); // due 3 Apr
  });

  it('reports no spoor-2 decision by the deadline instead of a plain overdue', () => {
    const c = codes(caseWith(), '2026-03-01');
    expect(c).toContain('start-spoor-2/no-decision error');
    expect(c.some((x) => x.startsWith('start-spoor-2/overdue'))).toBe(false);
    const late = codes(
      caseWith([
        {
          type: 'spoor-2-niet-nodig',
          date: '2026-02-20',
          ground: 'marginale-mogelijkheden',
          motivation: 'AD-rapport.',
        },
      ]),
      '2026-03-01',
    );
    expect(late).toContain('start-spoor-2/no-decision warning');
    const started = codes(caseWith([{ type: 'start-spoor-2', date: '2026-01-20' }]), '2026-03-01');
    expect(started.some((x) => x.startsWith('start-spoor-2'))).toBe(false);
  });

  it('refuses a skip ground without motivation as input, and checks the AOW ground', () => {
    expect(() =>
      checkCase(
        caseWith([
          {
            type: 'spoor-2-niet-nodig',
            date: '2025-12-01',
            ground: 'aow-binnen-jaar-na-wachttijd',
          },
        ]),
        { asOf: '2025-12-02' },
      ),
    ).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({ code: 'field/required', path: ['events', 0, 'motivation'] }),
        ],
      }),
    );
    const aow = (aowDate?: string) =>
      codes(
        {
          ...caseWith([
            {
              type: 'spoor-2-niet-nodig',
              date: '2025-12-01',
              ground: 'aow-binnen-jaar-na-wachttijd',
              motivation: 'Beiden eens.',
            },
          ]),
          ...(aowDate ? { employee: { aowDate } } : {}),
        },
        '2025-12-02',
      ).filter((x) => x.startsWith('spoor-2-niet-nodig'));
    // The waiting period ends on 3 Jan 2027 (D1 6 Jan 2025 + 727): AOW by 3 Jan 2028 holds.
    expect(aow('2027-06-01')).toEqual([]);
    expect(aow('2028-01-03')).toEqual([]);
    expect(aow('2028-01-04')).toEqual(['spoor-2-niet-nodig/aow-ground warning']);
    expect(aow()).toEqual(['spoor-2-niet-nodig/aow-ground warning']);
  });

  it('turns warnings into findings and reports the RIV at the end of employment', () => {
    expect(codes({ sickPeriods: [{ start: '2007-06-26' }] }, '2007-06-27')).toContain(
      'rules/version warning',
    );
    const end = checkCase(caseWith([{ type: 'einde-dienstverband', date: '2025-03-31' }]), {
      asOf: '2025-01-06',
    });
    // 6 Jan – 31 Mar 2025 = 85 sick days: full RIV.
    expect(end.find((f) => f.code.startsWith('einde-dienstverband'))).toMatchObject({
      code: 'einde-dienstverband/riv-volledig',
      severity: 'info',
    });
  });

  it('never throws a finding: a clean case has none', () => {
    const clean = caseWith([
      { type: 'ziekmelding-bedrijfsarts', date: '2025-01-07' },
      { type: 'probleemanalyse', date: '2025-01-20' },
      { type: 'plan-van-aanpak', date: '2025-01-30' }, // due 3 Feb; evaluation 1 due 13 Mar
    ]);
    expect(checkCase(clean, { asOf: '2025-02-11' })).toEqual([]);
  });
});
