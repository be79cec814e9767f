import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PoortwachterInputError } from '../input/poortwachter-input-error.js';
import { MILESTONE_RULES } from '../rules/milestone-rules.js';
import type { CaseInput } from '../types.js';
import { computeTimeline } from './compute-timeline.js';
import { dues, milestone } from './test-helpers.js';

const sharedCase = (name: string): CaseInput =>
  JSON.parse(readFileSync(new URL(`../../../../fixtures/cases/${name}`, import.meta.url), 'utf8'));

describe('computeTimeline: worked examples without gaps', () => {
  // D1 = Monday 6 January 2025; sd(n) = D1 + (n − 1). Every week ends on a Sunday.
  const t = computeTimeline({ sickPeriods: [{ start: '2025-01-06' }] }, { asOf: '2025-01-06' });

  it('puts every milestone of the table in order', () => {
    const ids = t.milestones.map((m) => m.id.replace(/^evaluatie-\d+$/, 'evaluatie'));
    expect([...new Set(ids)]).toEqual(MILESTONE_RULES.map((r) => r.id));
  });

  it('derives each deadline from the rule table', () => {
    expect(dues(t)).toMatchObject({
      'ziekmelding-bedrijfsarts': '2025-01-12', // sd(7) = D1 + 6
      probleemanalyse: '2025-02-16', // sd(42) = D1 + 41 (end of week 6)
      'plan-van-aanpak': '2025-03-02', // no PA recorded: sd(56) = D1 + 55
      'evaluatie-1': '2025-04-13', // PvA due + 42 sick days = D1 + 97
      'evaluatie-2': '2025-05-25', // + 42
      // sd(294) = 26 Oct 2025 (Sunday); the day after is Monday 27 Oct, a working day.
      'ziekmelding-uwv': '2025-10-27',
      eerstejaarsevaluatie: '2026-01-04', // sd(364) = D1 + 363
      'start-spoor-2': '2026-02-15', // no EJE recorded: sd(406) = D1 + 405 (end of week 58)
      'vervroegde-iva-aanvraag': '2026-04-26', // sd(476) = D1 + 475
      'wia-informatiebrief': '2026-09-21', // sd(624) = D1 + 623 ("na 89 weken")
      'actueel-oordeel': '2026-09-27', // sd(630)
      eindevaluatie: '2026-10-04', // sd(637)
      'wia-aanvraag': '2026-10-18', // sd(651) = end of week 93
      'einde-wachttijd': '2027-01-03', // sd(728) = D1 + 727
    });
    expect(milestone(t, 'eerstejaarsevaluatie').windowStart).toBe('2025-11-17'); // sd(316)
    expect(milestone(t, 'vervroegde-iva-aanvraag').windowStart).toBe('2025-01-27'); // sd(22)
    expect(milestone(t, 'probleemanalyse').windowStart).toBeNull();
    expect(t.waitingPeriod).toEqual({ lastDay: '2027-01-03', firstDayAfter: '2027-01-04' });
  });

  it('generates evaluations every 42 sick days while due within the waiting period', () => {
    const evals = t.milestones.filter((m) => m.id.startsWith('evaluatie-'));
    // From the PvA due D1 + 55, evaluation k is due at D1 + 55 + 42k ≤ D1 + 727: k ≤ 16.
    expect(evals).toHaveLength(16);
    expect(evals.at(-1)?.due).toBe('2027-01-03'); // D1 + 55 + 16 · 42 = D1 + 727, the last day itself
    expect(evals[2]?.label).toEqual({
      nl: 'Evaluatie plan van aanpak 3',
      en: 'Evaluation of the plan of action 3',
    });
  });

  it('serialises exactly as the contract shape', () => {
    expect(Object.keys(t)).toEqual([
      'firstSickDay',
      'asOf',
      'milestones',
      'waitingPeriod',
      'warnings',
    ]);
    // derivation and explanation are written when read; JSON carries them.
    expect(Object.keys(JSON.parse(JSON.stringify(t.milestones[0])))).toEqual([
      'id',
      'windowStart',
      'due',
      'status',
      'eventDate',
      'kind',
      'actor',
      'label',
      'source',
      'ruleId',
      'occurrence',
      'derivation',
      'explanation',
    ]);
    expect(milestone(t, 'eerstejaarsevaluatie')).toMatchObject({
      kind: 'legal',
      actor: 'werkgever+werknemer',
      label: { nl: 'Eerstejaarsevaluatie', en: 'First-year evaluation' },
      source: 'Regeling procesgang eerste en tweede ziektejaar',
    });
    const json = JSON.parse(JSON.stringify(t));
    const plain = (ms: object[]) =>
      ms.map((m) => ({ ...m, derivation: undefined, explanation: undefined }));
    expect({ ...json, milestones: plain(json.milestones) }).toEqual({
      ...t,
      milestones: plain(t.milestones),
    });
    expect(json.milestones[1].derivation).toEqual(t.milestones[1]!.derivation);
    expect(json.milestones[1].explanation).toEqual(t.milestones[1]!.explanation);
  });
});

describe('computeTimeline: published cases', () => {
  it('samentelling (rviregister.nl): 3 Jan – 3 Jul 2022, 21 days fit, sick again 25 Jul 2022', () => {
    const t = computeTimeline(sharedCase('published-samentelling.json'), { asOf: '2022-09-01' });
    // Without the gap the 104 weeks end 1 January 2024; the 21 gap days move the end to 22 January
    // 2024 as the first day after, so the last day is 21 January 2024.
    expect(t.waitingPeriod).toEqual({ lastDay: '2024-01-21', firstDayAfter: '2024-01-22' });
    expect(milestone(t, 'probleemanalyse').due).toBe('2022-02-13'); // before the gap: does not move
    expect(milestone(t, 'eerstejaarsevaluatie')).toMatchObject({
      windowStart: '2022-12-05',
      due: '2023-01-22',
    });
    expect(t.warnings).toEqual([]);
  });

  it('2007 (SGA Consultancy): first sick day 26 June 2007, the 104 weeks end 22 June 2009, with the rule-version warning', () => {
    const t = computeTimeline(sharedCase('published-2007.json'), { asOf: '2008-01-01' });
    expect(t.waitingPeriod.lastDay).toBe('2009-06-22'); // D1 + 727
    expect(t.warnings.map((w) => w.code)).toEqual(['rules/version']);
    expect(t.warnings[0]!.message.nl).toContain('week 91');
  });

  it('does not warn about rule versions from 2014 on', () => {
    expect(
      computeTimeline({ sickPeriods: [{ start: '2014-01-01' }] }, { asOf: '2014-01-01' }).warnings,
    ).toEqual([]);
    expect(
      computeTimeline(
        { sickPeriods: [{ start: '2013-12-31' }] },
        { asOf: '2014-01-01' },
      ).warnings.map((w) => w.code),
    ).toEqual(['rules/version']);
  });
});

describe('computeTimeline: gaps and restarts', () => {
  it('moves milestones after a gap by its length and leaves earlier ones', () => {
    // Sick 6 Jan – 9 Feb 2025 (35 sick days), fit 10 days (10–19 Feb), sick again from 20 Feb.
    const t = computeTimeline(
      { sickPeriods: [{ start: '2025-01-06', end: '2025-02-09' }, { start: '2025-02-20' }] },
      { asOf: '2025-02-20' },
    );
    expect(t.firstSickDay).toBe('2025-01-06');
    expect(milestone(t, 'ziekmelding-bedrijfsarts').due).toBe('2025-01-12'); // before the gap
    expect(milestone(t, 'probleemanalyse').due).toBe('2025-02-26'); // 16 Feb + 10 gap days
    expect(t.waitingPeriod.lastDay).toBe('2027-01-13'); // 3 Jan 2027 + 10
  });

  it('restarts all counting after a gap of 28 days (27 still adds together)', () => {
    const periods = (secondStart: string) => ({
      sickPeriods: [{ start: '2025-01-06', end: '2025-01-31' }, { start: secondStart }],
    });
    // Gap = days strictly between 31 Jan and the new start.
    const gap27 = computeTimeline(periods('2025-02-28'), { asOf: '2025-03-01' }); // 1–27 Feb: 27 days
    const gap28 = computeTimeline(periods('2025-03-01'), { asOf: '2025-03-01' }); // 1–28 Feb: 28 days
    expect(gap27.firstSickDay).toBe('2025-01-06');
    expect(gap28.firstSickDay).toBe('2025-03-01');
    expect(milestone(gap28, 'probleemanalyse').due).toBe('2025-04-11'); // 1 Mar + 41
  });

  it('counts a leap day as an ordinary sick day', () => {
    // D1 1 Feb 2024: sd(42) = 1 Feb + 41 = 13 March 2024 (29 February counted).
    const t = computeTimeline({ sickPeriods: [{ start: '2024-02-01' }] }, { asOf: '2024-02-01' });
    expect(milestone(t, 'probleemanalyse').due).toBe('2024-03-13');
    // sd(728) = 1 Feb 2024 + 727. 1 Feb 2024 + 731 (366 + 365) = 1 Feb 2026, so + 727 = 28 January 2026.
    expect(t.waitingPeriod.lastDay).toBe('2026-01-28');
  });

  it('marks milestones after recovery as not reached', () => {
    const t = computeTimeline(
      { sickPeriods: [{ start: '2025-01-06', end: '2025-02-20' }] },
      { asOf: '2025-03-01' },
    );
    expect(milestone(t, 'probleemanalyse')).toMatchObject({ due: '2025-02-16', status: 'overdue' });
    expect(milestone(t, 'plan-van-aanpak')).toMatchObject({ due: null, status: 'not-reached' });
    expect(milestone(t, 'evaluatie-1')).toMatchObject({ due: null, status: 'not-reached' });
    expect(t.milestones.filter((m) => m.id.startsWith('evaluatie-'))).toHaveLength(1);
    expect(t.waitingPeriod).toEqual({ lastDay: null, firstDayAfter: null });
    expect(milestone(t, 'einde-wachttijd')).toMatchObject({ due: null, status: 'not-reached' });
  });

  it('computes the latest chain only and ignores events of earlier chains', () => {
    const t = computeTimeline(
      {
        sickPeriods: [{ start: '2024-01-08', end: '2024-03-31' }, { start: '2025-01-06' }],
        events: [{ type: 'probleemanalyse', date: '2024-02-10' }],
      },
      { asOf: '2025-01-06' },
    );
    expect(t.firstSickDay).toBe('2025-01-06');
    expect(milestone(t, 'probleemanalyse').eventDate).toBeNull();
  });
});

describe('computeTimeline: the UWV report on a working day (C8)', () => {
  // ziekmelding-uwv = first working day on or after sd(294) + 1; without gaps sd(294) + 1 = D1 + 294.
  const uwv = (start: string) =>
    milestone(computeTimeline({ sickPeriods: [{ start }] }, { asOf: start }), 'ziekmelding-uwv')
      .due;
  it('skips Koningsdag', () => {
    // D1 7 Jul 2025 + 294 = Monday 27 April 2026, Koningsdag → Tuesday 28 April.
    expect(uwv('2025-07-07')).toBe('2026-04-28');
  });
  it('skips Goede Vrijdag, the weekend and tweede Paasdag', () => {
    // D1 28 Jun 2024 + 294 = Friday 18 April 2025 (Goede Vrijdag) → 19, 20 weekend, 21 tweede Paasdag → 22 April.
    expect(uwv('2024-06-28')).toBe('2025-04-22');
  });
  it('skips a weekend', () => {
    // D1 11 May 2024 + 294 = Saturday 1 March 2025 → Monday 3 March.
    expect(uwv('2024-05-11')).toBe('2025-03-03');
  });
  it('skips Christmas', () => {
    // D1 6 Mar 2025 + 294 = Thursday 25 December 2025 → 26 Dec holiday, weekend → Monday 29 December.
    expect(uwv('2025-03-06')).toBe('2025-12-29');
  });
  it('uses a caller-supplied calendar', () => {
    const t = computeTimeline(
      {
        sickPeriods: [{ start: '2025-07-07' }],
        options: { workingDays: { base: 'weekends-only', nonWorkingDays: ['2026-04-28'] } },
      },
      { asOf: '2025-07-07' },
    );
    // Koningsdag is a working day in this calendar; 27 April is then the answer.
    expect(milestone(t, 'ziekmelding-uwv').due).toBe('2026-04-27');
  });
});

describe('computeTimeline: events move deadlines', () => {
  it('PvA = recorded PA + 14 days', () => {
    const t = computeTimeline(
      {
        sickPeriods: [{ start: '2025-01-06' }],
        events: [{ type: 'probleemanalyse', date: '2025-02-03' }],
      },
      { asOf: '2025-02-10' },
    );
    expect(milestone(t, 'probleemanalyse')).toMatchObject({
      status: 'done',
      eventDate: '2025-02-03',
    });
    expect(milestone(t, 'plan-van-aanpak').due).toBe('2025-02-17'); // 3 Feb + 14
    expect(milestone(t, 'evaluatie-1').due).toBe('2025-03-31'); // 17 Feb + 42
  });

  it('evaluations follow the recorded PvA and previous evaluation', () => {
    const t = computeTimeline(
      {
        sickPeriods: [{ start: '2025-01-06' }],
        events: [
          { type: 'plan-van-aanpak', date: '2025-02-20' },
          { type: 'evaluatie', date: '2025-03-20' },
          { type: 'evaluatie', date: '2025-06-01', motivation: 'Vakantie werknemer.' },
        ],
      },
      { asOf: '2025-06-02' },
    );
    expect(milestone(t, 'evaluatie-1')).toMatchObject({
      due: '2025-04-03',
      eventDate: '2025-03-20',
      status: 'done',
    }); // 20 Feb + 42
    expect(milestone(t, 'evaluatie-2')).toMatchObject({
      due: '2025-05-01',
      status: 'late-with-motivation',
    }); // 20 Mar + 42
    expect(milestone(t, 'evaluatie-3').due).toBe('2025-07-13'); // 1 Jun + 42
  });

  it('start-spoor-2 = the earlier of EJE + 42 days and sd(406)', () => {
    const withEje = (date: string) =>
      milestone(
        computeTimeline(
          {
            sickPeriods: [{ start: '2025-01-06' }],
            events: [{ type: 'eerstejaarsevaluatie', date }],
          },
          { asOf: date },
        ),
        'start-spoor-2',
      ).due;
    expect(withEje('2025-12-01')).toBe('2026-01-12'); // 1 Dec + 42 < sd(406) 15 Feb 2026
    expect(withEje('2026-01-10')).toBe('2026-02-15'); // 10 Jan + 42 = 21 Feb > sd(406)
  });

  it('keeps an event-based date after recovery (C7)', () => {
    const t = computeTimeline(
      {
        sickPeriods: [{ start: '2025-01-06', end: '2025-02-28' }],
        events: [{ type: 'probleemanalyse', date: '2025-02-14' }],
      },
      { asOf: '2025-03-10' },
    );
    expect(milestone(t, 'plan-van-aanpak')).toMatchObject({ due: '2025-02-28', status: 'overdue' });
  });

  it('marks start-spoor-2 not applicable with a skip ground', () => {
    const t = computeTimeline(
      {
        sickPeriods: [{ start: '2025-01-06' }],
        events: [
          {
            type: 'spoor-2-niet-nodig',
            date: '2025-12-15',
            ground: 'terugkeer-binnen-3-maanden',
            motivation: 'Opbouw loopt.',
          },
        ],
      },
      { asOf: '2026-03-01' },
    );
    expect(milestone(t, 'start-spoor-2').status).toBe('not-applicable');
  });
});

describe('computeTimeline: input errors', () => {
  it('throws PoortwachterInputError with paths, never a finding', () => {
    const run = (input: CaseInput) => {
      try {
        computeTimeline(input, { asOf: '2025-01-01' });
      } catch (e) {
        expect(e).toBeInstanceOf(PoortwachterInputError);
        return (e as PoortwachterInputError).issues.map((i) => `${i.path.join('.')} ${i.code}`);
      }
      return [];
    };
    expect(run({ sickPeriods: [] })).toEqual(['sickPeriods periods/empty']);
    expect(run({ sickPeriods: [{ start: '2025-02-30' }] })).toEqual([
      'sickPeriods.0.start date/invalid',
    ]);
    expect(run({ sickPeriods: [{ start: '2025-03-10', end: '2025-03-01' }] })).toEqual([
      'sickPeriods.0.end period/end-before-start',
    ]);
    expect(
      run({ sickPeriods: [{ start: '2025-03-10' }, { start: '2025-01-01', end: '2025-03-10' }] }),
    ).toEqual(['sickPeriods.0 period/overlap']);
    expect(run({ sickPeriods: [{ start: '2025-01-01' }, { start: '2025-03-10' }] })).toEqual([
      'sickPeriods.0.end period/open-not-latest',
    ]);
    expect(() =>
      computeTimeline({ sickPeriods: [{ start: '2025-01-01' }] }, { asOf: '1-1-2025' }),
    ).toThrow(PoortwachterInputError);
  });
});
