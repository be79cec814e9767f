import { describe, expect, it } from 'vitest';
import type { NotApplicable } from '../explain/derivation.js';
import type { MilestoneRule } from '../rules/milestone-rule.js';
import { MILESTONE_RULES } from '../rules/milestone-rules.js';
import type { Milestone, MilestoneStatus } from '../types.js';
import { milestoneFinding } from './milestone-finding.js';

const rule = (id: string): MilestoneRule => MILESTONE_RULES.find((r) => r.id === id)!;

/** A milestone of a rule row as a timeline would give it (only what a finding reads). */
function milestone(
  id: string,
  status: MilestoneStatus,
  due: string | null,
  extra: { eventDate?: string; occurrence?: number; notApplicable?: NotApplicable } = {},
): Milestone {
  const r = rule(id);
  return {
    id: (extra.occurrence ? `${id}-${extra.occurrence}` : id) as Milestone['id'],
    ruleId: r.id as Milestone['ruleId'],
    occurrence: extra.occurrence ?? null,
    windowStart: null,
    due,
    status,
    eventDate: extra.eventDate ?? null,
    kind: r.kind,
    actor: r.actor,
    label: r.label,
    source: r.source,
    derivation: {
      rule: r.id as Milestone['ruleId'],
      variant: null,
      due: {
        type: 'event',
        event: 'probleemanalyse',
        eventDate: '2025-01-01',
        days: 0,
        date: '2025-01-01',
      },
      windowStart: null,
      workingDayShift: null,
      notApplicable: extra.notApplicable ?? null,
      recoveredAfter: null,
      eventFrom: null,
    },
    explanation: { nl: '', en: '' },
  };
}
const NO_SKIP: { asOf: string; skip: string | null } = { asOf: '2025-06-01', skip: null };
const find = (m: Milestone, context = NO_SKIP) => milestoneFinding(m, rule(m.ruleId), context);

describe('milestoneFinding', () => {
  it('reports an overdue legal milestone as an error, in the words of the contract', () => {
    expect(find(milestone('probleemanalyse', 'overdue', '2025-02-16'))).toEqual({
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

  it('grades overdue by kind: legal and uwv an error, guidance a warning', () => {
    expect(find(milestone('eindevaluatie', 'overdue', '2026-10-04'))?.severity).toBe('error'); // uwv
    expect(find(milestone('ziekmelding-bedrijfsarts', 'overdue', '2025-01-12'))?.severity).toBe(
      'warning',
    );
    expect(find(milestone('actueel-oordeel', 'overdue', '2026-09-27'))?.severity).toBe('warning');
  });

  it('numbers a recurring milestone in its code and its words', () => {
    const f = find(milestone('evaluatie', 'overdue', '2025-04-13', { occurrence: 2 }));
    expect(f).toMatchObject({
      code: 'evaluatie-2/overdue',
      severity: 'error',
      milestone: 'evaluatie-2',
    });
    expect(f?.message).toEqual({
      nl: 'De evaluatie van het plan van aanpak (nr. 2) had uiterlijk 13 april 2025 klaar moeten zijn.',
      en: 'The evaluation of the plan of action (no. 2) was due on 13 April 2025.',
    });
  });

  it('reports a late event as a warning, and with a motivation as info', () => {
    const late = milestone('probleemanalyse', 'done-late', '2025-02-16', {
      eventDate: '2025-02-20',
    });
    expect(find(late)).toMatchObject({
      code: 'probleemanalyse/done-late',
      severity: 'warning',
      eventDate: '2025-02-20',
      message: {
        nl: 'De probleemanalyse is vastgelegd op 20 februari 2025, na de uiterste datum 16 februari 2025.',
        en: 'The problem analysis was recorded on 20 February 2025, after its due date 16 February 2025.',
      },
    });
    const motivated = milestone('probleemanalyse', 'late-with-motivation', '2025-02-16', {
      eventDate: '2025-02-20',
    });
    expect(find(motivated)).toMatchObject({
      code: 'probleemanalyse/late-with-motivation',
      severity: 'info',
      message: {
        nl: 'De probleemanalyse is vastgelegd op 20 februari 2025, na de uiterste datum 16 februari 2025. Er is een motivering vastgelegd.',
        en: 'The problem analysis was recorded on 20 February 2025, after its due date 16 February 2025. A motivation is recorded.',
      },
    });
  });

  it('words a milestone due soon by its row: a deadline, a date that passes, a window', () => {
    expect(find(milestone('plan-van-aanpak', 'due-soon', '2025-03-02'))).toMatchObject({
      code: 'plan-van-aanpak/due-soon',
      severity: 'warning', // legal
      message: {
        nl: 'Het plan van aanpak moet uiterlijk 2 maart 2025 klaar zijn.',
        en: 'The plan of action is due on 2 March 2025.',
      },
    });
    expect(find(milestone('wia-informatiebrief', 'due-soon', '2026-09-21'))).toMatchObject({
      severity: 'info', // info
      message: {
        nl: 'De WIA-informatiebrief van UWV valt op 21 september 2026.',
        en: 'The WIA information letter from UWV falls on 21 September 2026.',
      },
    });
    expect(find(milestone('vervroegde-iva-aanvraag', 'due-soon', '2026-04-25'))).toMatchObject({
      severity: 'info', // option
      message: {
        nl: 'De termijn voor een vervroegde IVA-aanvraag sluit op 25 april 2026.',
        en: 'The window for an early IVA application closes on 25 April 2026.',
      },
    });
  });

  it('gives nothing for a status that needs no attention', () => {
    for (const status of ['done', 'upcoming', 'passed', 'not-reached', 'not-applicable'] as const)
      expect(find(milestone('probleemanalyse', status, '2025-02-16'))).toBeNull();
  });

  describe('a milestone with a skip event (start of spoor 2, due 15 February 2026)', () => {
    const DUE = '2026-02-15';
    const skipped = (skip: string): Milestone =>
      milestone('start-spoor-2', 'not-applicable', DUE, {
        notApplicable: { reason: 'skip-ground', ground: 'marginale-mogelijkheden', date: skip },
      });

    it('reports no decision by the due date as an error, in the place of overdue', () => {
      expect(
        find(milestone('start-spoor-2', 'overdue', DUE), { asOf: '2026-03-01', skip: null }),
      ).toEqual({
        code: 'start-spoor-2/no-decision',
        severity: 'error',
        milestone: 'start-spoor-2',
        due: DUE,
        eventDate: null,
        message: {
          nl: 'Uiterlijk 15 februari 2026 had de start van spoor 2 moeten plaatsvinden, of het besluit dat spoor 2 niet nodig is moeten zijn vastgelegd.',
          en: 'By 15 February 2026 the start of track 2 should have taken place, or the decision that track 2 is not needed should have been recorded.',
        },
        source: rule('start-spoor-2').source,
      });
    });

    it('reports a skip recorded after the due date as a warning once it is recorded', () => {
      expect(find(skipped('2026-03-01'), { asOf: '2026-03-10', skip: '2026-03-01' })).toMatchObject(
        {
          code: 'start-spoor-2/no-decision',
          severity: 'warning',
          eventDate: '2026-03-01',
          message: {
            nl: 'Het besluit dat spoor 2 niet nodig is is pas na 15 februari 2026 vastgelegd.',
            en: 'The decision that track 2 is not needed was recorded after 15 February 2026.',
          },
        },
      );
      // Checked before that late skip is dated, the decision is still missing: an error.
      expect(find(skipped('2026-03-01'), { asOf: '2026-02-20', skip: '2026-03-01' })).toMatchObject(
        {
          code: 'start-spoor-2/no-decision',
          severity: 'error',
          eventDate: null,
        },
      );
    });

    it('gives nothing for a skip in time, and nothing on or before the due date', () => {
      expect(find(skipped('2026-01-10'), { asOf: '2026-03-10', skip: '2026-01-10' })).toBeNull();
      expect(find(skipped('2026-02-15'), { asOf: '2026-03-10', skip: '2026-02-15' })).toBeNull();
      expect(find(skipped('2026-03-01'), { asOf: DUE, skip: '2026-03-01' })).toBeNull();
    });

    it('still reports the other statuses of the milestone as usual', () => {
      expect(
        find(milestone('start-spoor-2', 'due-soon', DUE), { asOf: '2026-02-10', skip: null }),
      ).toMatchObject({
        code: 'start-spoor-2/due-soon',
        severity: 'info', // uwv
      });
      expect(
        find(milestone('start-spoor-2', 'done-late', DUE, { eventDate: '2026-03-01' }), {
          asOf: '2026-03-10',
          skip: null,
        }),
      ).toMatchObject({ code: 'start-spoor-2/done-late', severity: 'warning' });
    });
  });
});
