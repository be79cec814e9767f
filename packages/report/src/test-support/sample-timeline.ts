import type { Milestone, MilestoneStatus, Timeline } from '@poortwachter/core';

function milestone(
  id: Milestone['id'],
  nl: string,
  due: string | null,
  status: MilestoneStatus,
  extra: Partial<Milestone> = {},
): Milestone {
  const ruleId = id.replace(/-\d+$/, '') as Milestone['ruleId'];
  return {
    id,
    ruleId,
    occurrence: null,
    derivation: {
      rule: ruleId,
      variant: null,
      due: {
        type: 'sick-day',
        sickDay: 1,
        counting: 'sick-days',
        date: due,
        gapDays: 0,
        leaveDays: 0,
        verlengingDays: 0,
      },
      windowStart: null,
      workingDayShift: null,
      notApplicable: null,
      recoveredAfter: null,
      eventFrom: null,
    },
    explanation: { nl: 'test', en: 'test' },
    windowStart: null,
    due,
    status,
    eventDate: null,
    kind: 'legal',
    actor: 'werkgever',
    label: { nl, en: nl },
    source: 'test',
    ...extra,
  };
}

/** A hand-made timeline for picture tests (independent of the engine's rules). */
export const sampleTimeline: Timeline = {
  firstSickDay: '2025-01-06',
  asOf: '2025-09-01',
  waitingPeriod: { lastDay: '2027-01-03', firstDayAfter: '2027-01-04' },
  warnings: [],
  milestones: [
    milestone('ziekmelding-bedrijfsarts', 'Ziekmelding bedrijfsarts', '2025-01-12', 'done', {
      eventDate: '2025-01-07',
    }),
    milestone('probleemanalyse', 'Probleemanalyse', '2025-02-16', 'done', {
      eventDate: '2025-02-14',
    }),
    milestone('plan-van-aanpak', 'Plan van aanpak', '2025-02-28', 'done-late', {
      eventDate: '2025-03-10',
    }),
    milestone('evaluatie-1', 'Evaluatie 1', '2025-04-21', 'done', { eventDate: '2025-04-20' }),
    milestone('evaluatie-2', 'Evaluatie 2', '2025-06-01', 'overdue'),
    milestone('ziekmelding-uwv', 'Ziekmelding UWV', '2025-10-27', 'upcoming'),
    milestone('eerstejaarsevaluatie', 'Eerstejaarsevaluatie', '2026-01-04', 'upcoming', {
      windowStart: '2025-11-17',
    }),
    milestone('start-spoor-2', 'Start spoor 2', '2026-02-15', 'upcoming'),
    milestone('vervroegde-iva-aanvraag', 'Vervroegde IVA-aanvraag', '2026-04-26', 'upcoming', {
      windowStart: '2025-01-27',
      kind: 'option',
    }),
    milestone('wia-aanvraag', 'WIA-aanvraag', '2026-10-18', 'upcoming'),
    milestone('einde-wachttijd', 'Einde wachttijd', '2027-01-03', 'not-applicable'),
  ],
};
