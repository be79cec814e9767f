import { describe, expect, it } from 'vitest';
import { checkCase } from '../findings/check-case.js';
import { portfolioWorkList } from './portfolio-work-list.js';
import { HAND_MADE, HAND_MADE_AS_OF } from './test-helpers.js';
import type { WorkItem } from './work-item.js';

const list = portfolioWorkList(HAND_MADE, { asOf: HAND_MADE_AS_OF });
const of = (ref: string) => list.items.filter((i) => i.ref === ref);
const brief = (i: WorkItem) => `${i.date} ${i.ref} ${i.code}`;

describe('portfolioWorkList on the hand-made portfolio (test-helpers.ts), 1 – 15 September 2025', () => {
  it('lists every action that is overdue or due in the window, per case', () => {
    // PF-1: evaluatie-1 due soon. PF-2: recovered before anything was due. PF-3: evaluatie-3 … 8
    // overdue, evaluatie-9 and the next progress report due soon. PF-4: ziekmelding-bedrijfsarts,
    // probleemanalyse, plan-van-aanpak, 16 evaluations, ziekmelding-uwv, eerstejaarsevaluatie,
    // actueel-oordeel, eindevaluatie, wia-aanvraag = 24. PF-5: 14 evaluations,
    // eerstejaarsevaluatie, actueel-oordeel, eindevaluatie, wia-aanvraag = 18. PF-6: 10
    // evaluations, ziekmelding-uwv, eerstejaarsevaluatie, start-spoor-2/no-decision = 13. PF-7:
    // ziekmelding-bedrijfsarts, evaluatie-2 … 7, eerstejaarsevaluatie, spoor-2/plan-late,
    // spoor-2/no-eindrapportage = 10. PF-8 is invalid.
    expect(
      ['PF-1', 'PF-2', 'PF-3', 'PF-4', 'PF-5', 'PF-6', 'PF-7', 'PF-8'].map((r) => of(r).length),
    ).toEqual([1, 0, 8, 24, 18, 13, 10, 0]);
    expect(list.items).toHaveLength(74);
    expect(list.items.filter((i) => i.status === 'overdue')).toHaveLength(71);
  });

  it('sorts by date, then severity, case and code', () => {
    expect(list.items.slice(0, 4).map(brief)).toEqual([
      '2023-03-12 PF-4 ziekmelding-bedrijfsarts/overdue',
      '2023-04-16 PF-4 probleemanalyse/overdue',
      '2023-04-30 PF-4 plan-van-aanpak/overdue',
      '2023-06-11 PF-4 evaluatie-1/overdue',
    ]);
    // The last overdue and the three due soon.
    expect(list.items.slice(-4).map(brief)).toEqual([
      '2025-08-31 PF-7 eerstejaarsevaluatie/overdue',
      '2025-09-05 PF-3 evaluatie-9/due-soon',
      '2025-09-10 PF-1 evaluatie-1/due-soon',
      '2025-09-12 PF-3 spoor-2/report-gap',
    ]);
    const sorted = list.items.every((item, k) => k === 0 || list.items[k - 1]!.date <= item.date);
    expect(sorted).toBe(true);
  });

  it('gives each item its case, actor, severity, message and source', () => {
    expect(of('PF-1')).toEqual([
      {
        ref: 'PF-1',
        index: 0,
        date: '2025-09-10',
        status: 'due-soon',
        actor: 'werkgever+werknemer',
        raised: true,
        code: 'evaluatie-1/due-soon',
        severity: 'info',
        milestone: 'evaluatie-1',
        due: '2025-09-10',
        eventDate: null,
        message: {
          nl: 'De evaluatie van het plan van aanpak (nr. 1) moet uiterlijk 10 september 2025 klaar zijn.',
          en: 'The evaluation of the plan of action (no. 1) is due on 10 September 2025.',
        },
        source: 'BW 7:658a lid 3 ("regelmatig"); UWV: ten minste elke zes weken',
      },
    ]);
    const decision = of('PF-6').find((i) => i.code === 'start-spoor-2/no-decision');
    expect(decision).toMatchObject({
      date: '2025-06-15',
      status: 'overdue',
      severity: 'error',
      actor: 'werkgever',
      index: 5,
    });
  });

  it('lists a spoor-2 step due soon that checkCase does not raise yet, with the code it will get', () => {
    // PF-3: trajectplan 30 June, progress report 1 August, every 6 weeks: next by 12 September.
    const report = of('PF-3').find((i) => i.code === 'spoor-2/report-gap');
    expect(report).toEqual({
      ref: 'PF-3',
      index: 2,
      date: '2025-09-12',
      status: 'due-soon',
      actor: 're-integratiebedrijf',
      raised: false,
      code: 'spoor-2/report-gap',
      severity: 'info',
      due: '2025-09-12',
      message: {
        nl: 'De volgende voortgangsrapportage moet uiterlijk 12 september 2025 klaar zijn.',
        en: 'The next progress report is due on 12 September 2025.',
      },
      source: expect.stringContaining('UWV'),
    });
  });

  it('lists an overdue spoor-2 step as the finding checkCase raises, dated when it fell due', () => {
    // PF-7: intake 13 January, no trajectplan: due 13 Jan + 42 = 24 February; ended 31 July
    // without a final report: due 31 July + 14 = 14 August.
    const spoor2 = of('PF-7').filter((i) => i.code.startsWith('spoor-2/'));
    expect(spoor2.map((i) => [i.date, i.code, i.status, i.raised, i.period])).toEqual([
      [
        '2025-02-24',
        'spoor-2/plan-late',
        'overdue',
        true,
        { start: '2025-01-13', end: '2025-09-01' },
      ],
      [
        '2025-08-14',
        'spoor-2/no-eindrapportage',
        'overdue',
        true,
        { start: '2025-07-31', end: '2025-09-01' },
      ],
    ]);
  });

  it('is made of the findings of checkCase: a raised item without its own fields is the finding', () => {
    for (const [index, c] of HAND_MADE.slice(0, 7).entries()) {
      const findings = checkCase(c, { asOf: HAND_MADE_AS_OF });
      for (const item of list.items.filter((i) => i.index === index && i.raised)) {
        const { ref, index: _, date, status, actor, raised, ...finding } = item;
        expect(findings).toContainEqual(finding);
      }
    }
  });

  it('takes a wider window as the due-soon period of the statuses', () => {
    // Up to 1 October: also PF-3's early IVA window closing on 21 September (sd(476)), PF-7's
    // evaluatie-8 on 21 September and PF-3's next activity (last entry 27 August + 28 = 24
    // September).
    const wide = portfolioWorkList(HAND_MADE, { asOf: HAND_MADE_AS_OF, window: 30 });
    expect(wide.items.filter((i) => i.status === 'due-soon').map(brief)).toEqual([
      '2025-09-05 PF-3 evaluatie-9/due-soon',
      '2025-09-10 PF-1 evaluatie-1/due-soon',
      '2025-09-12 PF-3 spoor-2/report-gap',
      '2025-09-21 PF-3 vervroegde-iva-aanvraag/due-soon',
      '2025-09-21 PF-7 evaluatie-8/due-soon',
      '2025-09-24 PF-3 spoor-2/inactive',
    ]);
    expect(
      checkCase(HAND_MADE[2]!, { asOf: HAND_MADE_AS_OF, dueSoonDays: 30 }).map((f) => f.code),
    ).toContain('vervroegde-iva-aanvraag/due-soon');
  });

  it('lists the report to UWV at the end of employment while its day lies in the window', () => {
    // D1 2 June 2025; employment ends 10 September 2025 after 101 sick days: a full RIV.
    const c = {
      externalRef: 'ED-1',
      sickPeriods: [{ start: '2025-06-02' }],
      events: [
        { type: 'ziekmelding-bedrijfsarts' as const, date: '2025-06-02' },
        { type: 'probleemanalyse' as const, date: '2025-07-01' },
        { type: 'plan-van-aanpak' as const, date: '2025-07-10' },
        { type: 'einde-dienstverband' as const, date: '2025-09-10' },
      ],
    };
    const on = (asOf: string) =>
      portfolioWorkList([c], { asOf }).items.map(
        (i) => `${i.date} ${i.status} ${i.actor} ${i.code}`,
      );
    // Evaluatie-1 is due 10 July + 42 = 21 August.
    expect(on('2025-09-01')).toEqual([
      '2025-08-21 overdue werkgever+werknemer evaluatie-1/overdue',
      '2025-09-10 due-soon werkgever einde-dienstverband/riv-volledig',
    ]);
    // After that day the report can no longer be made in time and it leaves the list.
    expect(checkCase(c, { asOf: '2025-09-11' }).map((f) => f.code)).toContain(
      'einde-dienstverband/riv-volledig',
    );
    expect(on('2025-09-11').some((line) => line.includes('einde-dienstverband'))).toBe(false);
  });

  it('numbers cases from firstIndex, so the parts of a larger portfolio keep their places', () => {
    const part = portfolioWorkList(HAND_MADE.slice(6), { asOf: HAND_MADE_AS_OF, firstIndex: 6 });
    expect(part.items).toEqual(of('PF-7'));
    const unnamed = portfolioWorkList([{ sickPeriods: [{ start: '2025-08-18' }] }], {
      asOf: HAND_MADE_AS_OF,
      firstIndex: 41,
    });
    expect(unnamed.items.map((i) => `${i.ref} ${i.code}`)).toEqual([
      '#41 ziekmelding-bedrijfsarts/overdue',
    ]);
  });
});
